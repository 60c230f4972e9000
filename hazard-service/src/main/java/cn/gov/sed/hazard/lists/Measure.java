package cn.gov.sed.hazard.lists;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 制度措施 an institutional measure that fixes a shared root cause of hazards. */
@Entity
@Table(name = "measure")
public class Measure extends PanacheEntityBase {
    @Id
    public UUID id;
    @Version
    public long version;
    public String title;
    public String description;
    @Enumerated(EnumType.STRING)
    public MeasureKind kind;
    /** JSON arrays of codes: what the measure addresses. */
    public String checklistItems;
    public String hazardTypes;
    public String equipmentCategories;
    public String leadDepartment;
    public String cooperatingDepartments;
    /** null: city-wide. */
    public String district;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public MeasureStatus status;
    public String documentNumber;
    public Instant createdAt;
    public String createdBy;
}
