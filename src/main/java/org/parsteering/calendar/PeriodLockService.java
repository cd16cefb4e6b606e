package org.parsteering.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.DataVersion;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locking and unlocking reporting periods (SPEC 4a): the secretary closes a month or a quarter that has ended, so
 * that nothing dated in it changes afterwards through any path ({@link PeriodLocks} is the check the writers make);
 * everyone signed in sees which periods are locked, when and by whom. Locking a quarter takes in the locks of its
 * months. Unlocking needs a reason. Both are audited.
 */
@Service
@Transactional
public class PeriodLockService {

    public static final String AUDIT_TYPE = "PERIOD_LOCK";
    public static final int REASON_LENGTH = 500;

    private final JdbcClient jdbc;
    private final PeriodLocks locks;
    private final AuditService audit;
    private final DataVersion dataVersion;
    private final Clock clock;

    PeriodLockService(JdbcClient jdbc, PeriodLocks locks, AuditService audit, DataVersion dataVersion, Clock clock) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.audit = audit;
        this.dataVersion = dataVersion;
        this.clock = clock;
    }

    /** Every lock in force, the oldest period first. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<PeriodLock> locks() {
        return locks.read();
    }

    /** The first lock covering any day of the period, for the "locked on … by …" line of a figure or a report. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public Optional<PeriodLock> lockOf(Period period) {
        return period == null ? Optional.empty() : locks.current().overlapping(period);
    }

    /**
     * Locks a month or a quarter that has ended. Refused for any other span ({@code lock.error.kind}), for a period
     * not yet over ({@code lock.error.notEnded}) and for one a lock already covers ({@code lock.error.already}).
     */
    @PreAuthorize(Roles.IS_SECRETARY)
    public PeriodLock lock(Period period) {
        if (period == null || !(period.isMonth() || period.isQuarter())) {
            throw new BusinessException("lock.error.kind");
        }
        period.requireReportingYears();
        LocalDate today = LocalDate.now(clock);
        if (!period.to().isBefore(today)) {
            throw new BusinessException("lock.error.notEnded", period, period.to());
        }
        List<PeriodLock> existing = locks.read();
        for (PeriodLock l : existing) {
            if (l.covers(period)) {
                throw new BusinessException("lock.error.already", l.period(), l.lockedAt(), l.lockedBy());
            }
        }
        // A quarter takes in the locks of its months (the only partial overlap months and quarters can have).
        List<PeriodLock> absorbed = existing.stream()
                .filter(l -> l.overlaps(period.from(), period.to()))
                .toList();
        for (PeriodLock l : absorbed) {
            jdbc.sql("delete from period_lock where id = :id")
                    .param("id", l.id())
                    .update();
        }
        var now = clock.instant();
        String actor = AuditService.currentActor();
        jdbc.sql("""
                        insert into period_lock (period_from, period_to, locked_at, locked_by)
                        values (:from, :to, :at, :by)""")
                .param("from", period.from())
                .param("to", period.to())
                .param("at", Timestamp.from(now))
                .param("by", actor)
                .update();
        audit.changes(AUDIT_TYPE, period.key(), null)
                .field("period", null, period.key())
                .field(
                        "replacedLocks",
                        null,
                        absorbed.isEmpty()
                                ? null
                                : String.join(
                                        ", ",
                                        absorbed.stream()
                                                .map(l -> l.period().key())
                                                .toList()))
                .save("LOCK");
        dataVersion.changed();
        return locks.read().stream()
                .filter(l -> l.period().equals(period))
                .findFirst()
                .orElseThrow();
    }

    /** Lifts a lock; the reason is required and kept in the audit trail. */
    @PreAuthorize(Roles.IS_SECRETARY)
    public void unlock(long lockId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BusinessException("lock.error.reasonRequired");
        }
        if (why.length() > REASON_LENGTH) {
            throw new BusinessException("lock.error.reasonTooLong", REASON_LENGTH);
        }
        PeriodLock lock = locks.read().stream()
                .filter(l -> l.id() == lockId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("lock.error.notFound"));
        int deleted = jdbc.sql("delete from period_lock where id = :id")
                .param("id", lockId)
                .update();
        if (deleted == 0) {
            throw new BusinessException("lock.error.notFound");
        }
        audit.changes(AUDIT_TYPE, lock.period().key(), null)
                .field("period", lock.period().key(), null)
                .field("reason", null, why)
                .save("UNLOCK");
        dataVersion.changed();
    }
}
