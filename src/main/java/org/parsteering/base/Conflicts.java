package org.parsteering.base;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Set;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What counts as "someone else is changing the same data right now": a lock not granted in time, a
 * deadlock, a serialization failure, a row changed under an optimistic lock, or a key inserted by a
 * concurrent transaction. Such a failure is
 * not the user's fault and usually goes away when the change is simply made again, which is why
 * {@link RetryOnConflict} retries it and the API answers it with 409, the screens with
 * {@code error.conflict}. One definition for all of them.
 */
public final class Conflicts {

    /** The message key for a conflict that remained after the retries. */
    public static final String MESSAGE_KEY = "error.conflict";

    /** H2 lock timeout (50200); MariaDB/MySQL lock wait timeout (1205), deadlock (1213), 3572 (NOWAIT). */
    private static final Set<Integer> LOCK_CODES = Set.of(50200, 1205, 1213, 3572);

    private Conflicts() {}

    /**
     * Whether {@code failure} (or a cause) is a conflict with a concurrent transaction (a row changed under
     * an optimistic lock included). The explicit stale-copy refusal of a form, {@link ConcurrentEditException},
     * is not one: it is a broken rule the user resolves by reloading.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof DuplicateKeyException) {
                return true;
            }
            // H2 reports a lock timeout as a query timeout (SQLTimeoutException), not as a lock failure.
            if (t instanceof SQLException sql
                    && (LOCK_CODES.contains(sql.getErrorCode())
                            || "40001".equals(sql.getSQLState())
                            || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Retries a conflict, but only when the failed attempt had its own transaction: inside a caller's
     * transaction a retry would run in the same, already failed, transaction.
     */
    static final class RetryPredicate implements MethodRetryPredicate {

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            return isConflict(failure) && !TransactionSynchronizationManager.isActualTransactionActive();
        }
    }
}
