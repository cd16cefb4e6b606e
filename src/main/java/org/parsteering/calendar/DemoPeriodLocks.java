package org.parsteering.calendar;

import java.time.Clock;
import java.time.LocalDate;
import org.parsteering.base.DemoData;
import org.parsteering.base.Period;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's locked period (SPEC 8): the fourth quarter of 2025, locked by the secretary once it has ended (a demo
 * started on an earlier clock, as the tests' is, has nothing locked). Order 70: after every dated row of the demo
 * is in, as a secretary locks a quarter once its figures are final.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoPeriodLocks extends DemoData {

    static final Period LOCKED = Period.quarter(2025, 4);

    private final PeriodLockService locks;
    private final Clock clock;

    DemoPeriodLocks(PeriodLockService locks, Clock clock) {
        super("period-locks", 70);
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    public void load() {
        if (LOCKED.to().isBefore(LocalDate.now(clock))) {
            locks.lock(LOCKED);
        }
    }
}
