package cn.gov.sed.task.meeting;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Meeting", description = "kind JOINT_MEETING 联席会, SYMPOSIUM 座谈会")
public record MeetingView(UUID id, MeetingKind kind, LocalDate date,
                          @Schema(nullable = true, description = "district code; null = a city meeting") String district,
                          @Schema(description = "department codes; empty when none") List<String> departments,
                          @Schema(nullable = true, description = "会议纪要; null when none was written") String minutes,
                          @Schema(nullable = true, description = "议定事项; null when none were written") String decisions,
                          String createdBy, OffsetDateTime createdAt) {
    static MeetingView of(Meeting m) {
        return new MeetingView(m.id, m.kind, m.date, m.district, List.copyOf(m.departments), m.minutes, m.decisions,
                m.createdBy, Zones.shanghai(m.createdAt));
    }
}
