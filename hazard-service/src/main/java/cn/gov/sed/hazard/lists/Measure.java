package cn.gov.sed.hazard.lists;

import cn.gov.sed.hazard.common.Json;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 制度措施 an institutional measure that fixes a shared root cause of hazards. Made by {@link #draft} and changed
 * only by {@link #revise}; the fields are public for reading (the view, the export).
 * <p>
 * The status (起草中 → 已通过 → 已施行) is what its keepers say it is: a revision replaces the whole measure,
 * status included, and may set any status (even back to DRAFT), so it has no state machine.
 */
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

    /** A new measure of a checked request ({@link MeasureCheck}), not yet persisted; DRAFT unless a status is sent. */
    public static Measure draft(MeasureRequest request, String by, Instant at) {
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.createdAt = at;
        m.createdBy = by;
        m.replaceWith(request);
        return m;
    }

    /** Replaces the whole measure by a checked request (PUT): a field not sent is cleared, the status is
     * DRAFT unless one is sent. */
    public void revise(MeasureRequest request) {
        replaceWith(request);
    }

    private void replaceWith(MeasureRequest r) {
        MeasureRequest.Addresses a = r.addresses() == null ? new MeasureRequest.Addresses(null, null, null) : r.addresses();
        title = r.title().strip();
        description = r.description();
        kind = r.kind();
        checklistItems = Json.write(orEmpty(a.checklistItems()));
        hazardTypes = Json.write(a.hazardTypes() == null ? List.of() : a.hazardTypes().stream().map(Enum::name).toList());
        equipmentCategories = Json.write(orEmpty(a.equipmentCategories()));
        leadDepartment = r.leadDepartment();
        cooperatingDepartments = Json.write(orEmpty(r.cooperatingDepartments()));
        district = r.district();
        dueDate = r.dueDate();
        status = r.status() == null ? MeasureStatus.DRAFT : r.status();
        documentNumber = r.documentNumber();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
