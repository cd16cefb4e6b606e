package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parsteering.base.AbstractEntity;

/** A five-year PAR plan (e.g. 2021–2025). Exactly one plan is the current one. */
@Entity
@Table(name = "plan")
class Plan extends AbstractEntity {

    @Column(name = "code", nullable = false, length = 20)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Plan() {}

    Plan(String code, String name, int startYear, int endYear, Instant now) {
        this.code = code;
        this.name = name;
        this.startYear = startYear;
        this.endYear = endYear;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void setCurrent(boolean current, Instant now) {
        this.current = current;
        this.updatedAt = now;
    }

    String getCode() {
        return code;
    }

    boolean isCurrent() {
        return current;
    }

    PlanSummary toSummary() {
        return new PlanSummary(getId(), code, name, startYear, endYear, current);
    }
}
