package org.parsteering.calendar;

import java.time.Instant;
import java.time.LocalDate;
import org.parsteering.base.Period;
import org.parsteering.base.PeriodLockedException;

/** A locked month or quarter (SPEC 4a): who locked it and when. */
public record PeriodLock(long id, Period period, Instant lockedAt, String lockedBy) {

    /** Whether the lock covers any day of [from, to]; {@code to == null} is "from then on, for ever". */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !period.to().isBefore(from) && (to == null || !period.from().isAfter(to));
    }

    /** Whether the lock covers every day of {@code other} (a lock of its quarter covers a month). */
    public boolean covers(Period other) {
        return !period.from().isAfter(other.from()) && !period.to().isBefore(other.to());
    }

    public PeriodLockedException refusal() {
        return new PeriodLockedException(period, lockedAt, lockedBy);
    }
}
