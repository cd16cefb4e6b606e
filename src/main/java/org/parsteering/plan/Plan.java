package org.parsteering.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parsteering.base.AbstractEntity;
import org.parsteering.base.BusinessException;

/**
 * A five-year PAR plan (e.g. 2021–2025). Exactly one plan is the current one; a plan whose period is over is
 * closed (read-only, still reported).
 */
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

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

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

    int getStartYear() {
        return startYear;
    }

    int getEndYear() {
        return endYear;
    }

    /** A closed plan is read-only: its tasks, assignments and fields no longer change; it is still reported. */
    boolean isClosed() {
        return closedAt != null;
    }

    void close(Instant at, String by) {
        this.closedAt = at;
        this.closedBy = by;
        this.updatedAt = at;
    }

    void reopen(Instant now) {
        this.closedAt = null;
        this.closedBy = null;
        this.updatedAt = now;
    }

    /** Refuses any change to a closed plan's work, with a message that names the plan. */
    void requireOpen() {
        if (isClosed()) {
            throw new BusinessException("plan.error.closed", code);
        }
    }

    PlanSummary toSummary() {
        return new PlanSummary(getId(), getVersion(), code, name, startYear, endYear, current, closedAt, closedBy);
    }
}
