package cn.gov.sed.inspection.enforcement;

import cn.gov.sed.contracts.events.DomainEvent;
import cn.gov.sed.contracts.events.EnforcementActionTaken;
import cn.gov.sed.contracts.vocabulary.Zones;
import cn.gov.sed.inspection.unit.Unit;

import cn.gov.sed.contracts.vocabulary.EnforcementType;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** 执法措施: a penalty, interview, exposure, blacklisting or credit repair taken against a unit. */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "unit_id")
    public UUID unitId;

    /** The unit's district when the action was taken. */
    public String district;

    @Enumerated(EnumType.STRING)
    public EnforcementType type;

    public String reason;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** 罚款金额 in CNY, two decimals (PENALTY). */
    public BigDecimal amount;

    /** 决定书文号. */
    @Column(name = "decision_number")
    public String decisionNumber;

    /** Hazard ids as the client sent them; this service does not own hazards. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "enforcement_action_hazard", joinColumns = @JoinColumn(name = "action_id"))
    @OrderColumn(name = "position")
    @Column(name = "hazard_id")
    public List<String> hazardIds = new ArrayList<>();

    @Column(name = "taken_at")
    public Instant takenAt;

    @Column(name = "taken_by")
    public String takenBy;

    @Version
    public long version;

    /** An action taken now against {@code unit}, in the unit's district. */
    public static EnforcementAction against(Unit unit, EnforcementType type, String reason, String legalBasis,
                                            BigDecimal amount, String decisionNumber, List<String> hazardIds,
                                            Instant takenAt, String takenBy) {
        EnforcementAction action = new EnforcementAction();
        action.id = UUID.randomUUID();
        action.unitId = unit.id;
        action.district = unit.district;
        action.type = type;
        action.reason = reason;
        action.legalBasis = legalBasis;
        action.amount = amount;
        action.decisionNumber = decisionNumber;
        action.hazardIds = new ArrayList<>(hazardIds);
        action.takenAt = takenAt;
        action.takenBy = takenBy;
        return action;
    }

    /** EnforcementActionTaken, carrying what the unit's consumers need. */
    public List<DomainEvent> taken(Unit unit) {
        return List.of(new EnforcementActionTaken(district, id, unit.id, unit.uscc, unit.name, type, reason,
                legalBasis, amount == null ? null : amount.toPlainString(), decisionNumber,
                hazardIds.stream().map(UUID::fromString).toList(), Zones.shanghai(takenAt)));
    }
}
