package org.parsteering.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.parsteering.base.Period;

/**
 * The locks in force when a change began (SPEC 4a), for the services that check many dated rows at once (an import
 * of a hundred thousand dossiers reads the few locks once, not once per row).
 */
public record LockedPeriods(List<PeriodLock> locks) {

    public LockedPeriods {
        locks = List.copyOf(locks);
    }

    public boolean isEmpty() {
        return locks.isEmpty();
    }

    /** The first lock covering {@code day}. */
    public Optional<PeriodLock> on(LocalDate day) {
        return day == null ? Optional.empty() : overlapping(day, day);
    }

    /** The first lock covering any day of [from, to]; {@code to == null} means "from {@code from} on". */
    public Optional<PeriodLock> overlapping(LocalDate from, LocalDate to) {
        if (from == null) {
            return Optional.empty();
        }
        return locks.stream().filter(l -> l.overlaps(from, to)).findFirst();
    }

    public Optional<PeriodLock> overlapping(Period period) {
        return overlapping(period.from(), period.to());
    }

    /** Refuses the change when a lock covers {@code day}. */
    public void checkOpen(LocalDate day) {
        on(day).ifPresent(l -> {
            throw l.refusal();
        });
    }

    /** Refuses the change when a lock covers any day of [from, to] ({@code to == null}: from then on). */
    public void checkOpen(LocalDate from, LocalDate to) {
        overlapping(from, to).ifPresent(l -> {
            throw l.refusal();
        });
    }
}
