package cn.gov.sed.inspection.unit;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.vocabulary.CreditCode;
import cn.gov.sed.inspection.enforcement.CreditLifecycle;
import cn.gov.sed.inspection.enforcement.CreditStatus;
import cn.gov.sed.inspection.enforcement.EnforcementAction;
import cn.gov.sed.platform.query.QueryParams;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** 单位: a using, producing or maintenance unit of special equipment. */
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {
    @Id
    public UUID id;

    /** 统一社会信用代码, normalised. */
    public String uscc;

    public String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "unit_type", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "type")
    @Enumerated(EnumType.STRING)
    public Set<UnitType> types = new HashSet<>();

    public String district;

    public String industry;

    public String address;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** 列入严重违法失信名单 (blacklist), lifted by credit repair (信用修复). */
    public boolean blacklisted;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /**
     * 登记: a new unit from a checked request (its uscc is stored normalised), in good standing.
     *
     * @param now when it is registered
     */
    public static Unit register(UnitRequest request, Instant now) {
        Unit unit = new Unit();
        unit.id = UUID.randomUUID();
        unit.createdAt = now;
        unit.revise(request, now);
        return unit;
    }

    /**
     * Replaces what the request names (PUT): credit code, name, types, district, industry and contacts; blank
     * optional values are stored as null. The blacklisting is not the request's to change (see {@link #blacklist}).
     * The unit's equipment follows a change of district ({@code Equipment.moveToDistrict}), done by the use case.
     */
    public void revise(UnitRequest request, Instant now) {
        uscc = CreditCode.normalise(request.uscc());
        name = request.name().strip();
        types = new HashSet<>(request.types());
        district = request.district();
        industry = request.industry();
        address = QueryParams.blankToNull(request.address());
        contactName = QueryParams.blankToNull(request.contactName());
        contactPhone = QueryParams.blankToNull(request.contactPhone());
        updatedAt = now;
    }

    /** The types in their declared order, for views. */
    public Set<UnitType> sortedTypes() {
        return types.isEmpty() ? Set.of() : EnumSet.copyOf(types);
    }

    public CreditStatus creditStatus() {
        return CreditStatus.of(blacklisted);
    }

    /**
     * 列入严重违法失信名单: NORMAL → BLACKLISTED by {@code decision} (a BLACKLIST action against this unit);
     * 409 when already blacklisted. Answers the action's EnforcementActionTaken.
     */
    public List<DomainEvent> blacklist(EnforcementAction decision) {
        return moveCredit(CreditLifecycle.Action.BLACKLIST, decision);
    }

    /** 信用修复: BLACKLISTED → NORMAL by {@code decision} (BLACKLIST_LIFTED); 409 when not blacklisted. */
    public List<DomainEvent> repairCredit(EnforcementAction decision) {
        return moveCredit(CreditLifecycle.Action.REPAIR, decision);
    }

    private List<DomainEvent> moveCredit(CreditLifecycle.Action action, EnforcementAction decision) {
        blacklisted = CreditLifecycle.apply(creditStatus(), action) == CreditStatus.BLACKLISTED;
        updatedAt = decision.takenAt;
        return decision.taken(this);
    }
}
