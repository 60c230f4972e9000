package cn.gov.sed.notification.publicity;

import cn.gov.sed.contracts.vocabulary.Zones;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "OutreachActivity", description = "offline publicity: campaign SAFETY_MONTH 安全生产月, QUALITY_MONTH 质量月, "
        + "FIVE_INTO 五进; target ENTERPRISE, COUNTRYSIDE, COMMUNITY, SCHOOL, FAMILY")
public record OutreachView(UUID id, OutreachCampaign campaign, OutreachTarget target, LocalDate date, String district,
                           @Schema(nullable = true, description = "the head count, when it was given") Integer participants,
                           @Schema(nullable = true, description = "what was done, when it was given") String description,
                           String createdBy, OffsetDateTime createdAt) {
    static OutreachView of(OutreachActivity a) {
        return new OutreachView(a.id, a.campaign, a.target, a.date, a.district, a.participants, a.description,
                a.createdBy, Zones.shanghai(a.createdAt));
    }
}
