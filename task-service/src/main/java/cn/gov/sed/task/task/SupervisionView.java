package cn.gov.sed.task.task;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Supervision", description = "a supervision (督导检查) of a task; rating GOOD 好, FAIR 一般, POOR 差")
public record SupervisionView(UUID id, UUID taskId, LocalDate date, String supervisor,
                              @Schema(nullable = true, description = "what was found; null when none were written")
                              String findings,
                              SupervisionRating rating, String recordedBy, OffsetDateTime createdAt) {
    static SupervisionView of(SupervisionVisit s) {
        return new SupervisionView(s.id, s.taskId, s.date, s.supervisor, s.findings, s.rating, s.recordedBy,
                Zones.shanghai(s.createdAt));
    }
}
