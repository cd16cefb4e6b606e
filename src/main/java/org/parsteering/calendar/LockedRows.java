package org.parsteering.calendar;

import java.util.Optional;
import org.parsteering.base.PeriodLockedException;

/**
 * The rows of an import that would change a locked period (SPEC 4a). An import is all or nothing, so one such row
 * refuses the file: the refusal names the period, who locked it and when, how many rows touch it and the first line.
 */
public final class LockedRows {

    private PeriodLock first;
    private int firstLine = Integer.MAX_VALUE;
    private int rows;

    /** Counts the row on {@code line} when {@code lock} is present. */
    public void hit(Optional<PeriodLock> lock, int line) {
        if (lock.isEmpty()) {
            return;
        }
        rows++;
        if (line < firstLine) {
            firstLine = line;
            first = lock.get();
        }
    }

    public int rows() {
        return rows;
    }

    /** Refuses the import when any row touched a locked period. */
    public void throwIfAny() {
        if (rows > 0) {
            throw new PeriodLockedException(first.period(), first.lockedAt(), first.lockedBy(), rows, firstLine);
        }
    }
}
