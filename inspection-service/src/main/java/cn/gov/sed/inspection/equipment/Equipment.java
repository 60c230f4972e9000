package cn.gov.sed.inspection.equipment;

import cn.gov.sed.contracts.vocabulary.UsageEnvironment;
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
}
