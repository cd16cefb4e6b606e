package org.parsteering.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * Makes a write again, in a new transaction, when it failed only because a concurrent transaction held or
 * took the same rows ({@link Conflicts#isConflict}): twice more at most, after 0.2 s and 0.4 s (with some
 * jitter, so that two retries do not meet again). The retry wraps the transaction (Spring's retry advice
 * is applied before the transaction's), so each attempt reads the data afresh: an import that lost the
 * race for a new key finds it on the next attempt and updates it. What still fails reaches the caller,
 * which says "someone else is changing the same data; try again in a moment".
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = Conflicts.RetryPredicate.class, maxRetries = 2, delay = 200, jitter = 100, multiplier = 2)
public @interface RetryOnConflict {}
