package org.parsteering.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parsteering.base.AbstractEntity;

@Entity
@Table(name = "unit")
public class Unit extends AbstractEntity {

    public static final int CODE_LENGTH = 40;
    public static final int NAME_LENGTH = 200;
    /** Upper-case letters, digits, '-' and '_', starting with a letter or digit (e.g. {@code XA-BAISON}). */
    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9_-]{0,39}";

    @Column(name = "code", nullable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Unit() {}

    Unit(String code, String name, UnitType type, Instant now) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A unit is active on a day within [activeFrom, activeTo]; open ends are unbounded. */
    public boolean isActiveOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public UnitType getType() {
        return type;
    }

    void setType(UnitType type) {
        this.type = type;
    }

    public Unit getParent() {
        return parent;
    }

    void setParent(Unit parent) {
        this.parent = parent;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    void setActiveFrom(LocalDate activeFrom) {
        this.activeFrom = activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    void setActiveTo(LocalDate activeTo) {
        this.activeTo = activeTo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    UnitSummary toSummary(LocalDate today) {
        return new UnitSummary(
                getId(),
                getVersion(),
                code,
                name,
                type,
                parent == null ? null : parent.getCode(),
                parent == null ? null : parent.getName(),
                activeFrom,
                activeTo,
                isActiveOn(today));
    }
}
