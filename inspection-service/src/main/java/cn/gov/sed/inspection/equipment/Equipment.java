package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
import cn.gov.sed.inspection.unit.Unit;
import cn.gov.sed.platform.query.QueryParams;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 特种设备: a piece of special equipment of a unit; it lies in its unit's district. */
@Entity
@Table(name = "equipment")
public class Equipment extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    /** The unit's district, kept here so scoping is one condition. */
    public String district;

    /** A registrable leaf of the catalogue (品种). */
    public String category;

    @Column(name = "equipment_code")
    public String equipmentCode;

    @Column(name = "equipment_code_format")
    @Enumerated(EnumType.STRING)
    public EquipmentCodeFormat equipmentCodeFormat;

    /** 使用登记证编号, e.g. 梯11津A00001(21); validated leniently. */
    @Column(name = "registration_number")
    public String registrationNumber;

    @Column(name = "usage_environment")
    @Enumerated(EnumType.STRING)
    public UsageEnvironment usageEnvironment;

    public String location;

    /** 下次检验日期. */
    @Column(name = "next_inspection_due")
    public LocalDate nextInspectionDue;

    @Enumerated(EnumType.STRING)
    public EquipmentStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * 设备登记: a new piece of equipment of {@code unit} from a checked request (see {@link EquipmentRequests}).
     *
     * @param now when it is registered
     */
    public static Equipment register(Unit unit, EquipmentRequest request, Instant now) {
        Equipment equipment = new Equipment();
        equipment.id = UUID.randomUUID();
        equipment.createdAt = now;
        equipment.revise(unit, request, now);
        return equipment;
    }

    /**
     * Replaces what the request names (PUT), for {@code unit} (it takes the unit's district): the code is stored
     * normalised with the format it has, blank optional values as null, no status as IN_USE (在用).
     */
    public void revise(Unit unit, EquipmentRequest request, Instant now) {
        unitId = unit.id;
        district = unit.district;
        category = request.category().strip();
        equipmentCode = EquipmentCodeRule.normalise(request.equipmentCode());
        equipmentCodeFormat = EquipmentCodeRule.check(equipmentCode, category).format();
        registrationNumber = QueryParams.blankToNull(request.registrationNumber());
        usageEnvironment = request.usageEnvironment();
        location = QueryParams.blankToNull(request.location());
        nextInspectionDue = request.nextInspectionDue();
        status = request.status() == null ? EquipmentStatus.IN_USE : request.status();
        updatedAt = now;
    }

    /** The equipment of a unit that moved to another district moves along (one statement, versions unchanged). */
    public static int moveToDistrict(UUID unitId, String district) {
        return update("district = ?1 where unitId = ?2", district, unitId);
    }
}
