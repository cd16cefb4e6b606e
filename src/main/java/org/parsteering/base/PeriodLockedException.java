package org.parsteering.base;

import java.time.Instant;

/**
 * A change refused because it touches a locked reporting period (SPEC 4a): the figures shown for that period stay
 * as they were when the secretary locked it. The API answers it 409; the screens show its message.
 */
public class PeriodLockedException extends BusinessException {

    private final Period period;
    private final Instant lockedAt;
    private final String lockedBy;

    /** The change touches {@code period}, locked at {@code lockedAt} by {@code lockedBy}. */
    public PeriodLockedException(Period period, Instant lockedAt, String lockedBy) {
        super("lock.error.locked", period, lockedAt, lockedBy);
        this.period = period;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
    }

    /** An import refused: {@code rows} of its rows touch the locked period, the first on line {@code firstLine}. */
    public PeriodLockedException(Period period, Instant lockedAt, String lockedBy, int rows, int firstLine) {
        super("lock.error.importRows", period, lockedAt, lockedBy, rows, String.valueOf(firstLine));
        this.period = period;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
    }

    private PeriodLockedException(String key, Period period, Instant lockedAt, String lockedBy, int line) {
        super(key, period, lockedAt, lockedBy, String.valueOf(line));
        this.period = period;
        this.lockedAt = lockedAt;
        this.lockedBy = lockedBy;
    }

    /** The same refusal for an import, naming the line of the file that made it. */
    public PeriodLockedException onLine(int line) {
        return new PeriodLockedException("lock.error.importLine", period, lockedAt, lockedBy, line);
    }

    public Period period() {
        return period;
    }

    public Instant lockedAt() {
        return lockedAt;
    }

    public String lockedBy() {
        return lockedBy;
    }
}
