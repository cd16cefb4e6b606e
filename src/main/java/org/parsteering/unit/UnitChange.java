package org.parsteering.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parsteering.base.AbstractEntity;

/** A recorded merge, rename or abolition (SPEC 2a). Only its legal basis and a rename's new name can change. */
@Entity
@Table(name = "unit_change")
class UnitChange extends AbstractEntity {

    static final int LEGAL_BASIS_LENGTH = 200;

    @Column(name = "change_date", nullable = false)
    private LocalDate changeDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 10)
    private UnitChangeKind kind;

    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_LENGTH)
    private String legalBasis;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private Unit successor;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "unit_change_predecessor",
            joinColumns = @JoinColumn(name = "change_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> predecessors = new LinkedHashSet<>();

    @Column(name = "old_name", length = Unit.NAME_LENGTH)
    private String oldName;

    @Column(name = "new_name", length = Unit.NAME_LENGTH)
    private String newName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected UnitChange() {}

    UnitChange(
            LocalDate changeDate,
            UnitChangeKind kind,
            String legalBasis,
            Unit successor,
            Set<Unit> predecessors,
            Instant createdAt,
            String createdBy) {
        this.changeDate = changeDate;
        this.kind = kind;
        this.legalBasis = legalBasis;
        this.successor = successor;
        this.predecessors = new LinkedHashSet<>(predecessors);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    LocalDate getChangeDate() {
        return changeDate;
    }

    UnitChangeKind getKind() {
        return kind;
    }

    String getLegalBasis() {
        return legalBasis;
    }

    void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    Unit getSuccessor() {
        return successor;
    }

    Set<Unit> getPredecessors() {
        return predecessors;
    }

    String getOldName() {
        return oldName;
    }

    String getNewName() {
        return newName;
    }

    void setNames(String oldName, String newName) {
        this.oldName = oldName;
        this.newName = newName;
    }

    UnitChangeSummary toSummary() {
        List<UnitChangeSummary.UnitRef> preds = predecessors.stream()
                .sorted(Comparator.comparing(Unit::getCode))
                .map(u -> new UnitChangeSummary.UnitRef(u.getCode(), u.getName()))
                .toList();
        return new UnitChangeSummary(
                getId(),
                changeDate,
                kind,
                legalBasis,
                preds,
                successor == null ? null : new UnitChangeSummary.UnitRef(successor.getCode(), successor.getName()),
                oldName,
                newName,
                createdAt,
                createdBy);
    }
}
