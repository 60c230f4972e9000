package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.enforcement.EnforcementActionView;
import cn.gov.sed.platform.http.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A unit as the API shows it, with whether it is blacklisted and its enforcement actions (newest first). */
@Schema(name = "Unit", description = "a unit (单位) with whether it is blacklisted and its enforcement actions, newest first")
public record UnitView(UUID id, String uscc, String name, Set<UnitType> types, String district, String industry,
                       @Schema(nullable = true, description = "null when not given") String address,
                       @Schema(nullable = true, description = "null when not given") String contactName,
                       @Schema(nullable = true, description = "null when not given") String contactPhone,
                       boolean blacklisted,
                       List<EnforcementActionView> enforcementActions, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, long version) implements Versioned {

    public static UnitView of(Unit u, List<EnforcementActionView> actions) {
        return new UnitView(u.id, u.uscc, u.name, u.sortedTypes(), u.district, u.industry, u.address, u.contactName,
                u.contactPhone, u.blacklisted, actions, Zones.shanghai(u.createdAt), Zones.shanghai(u.updatedAt),
                u.version);
    }
}
