package org.parsteering.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts (SPEC 7): after {@code maxFailedLogins} failures within {@code failureWindow}
 * the account is locked for {@code lockDuration}. A success resets the count. The secretary sees the lock
 * on the users screen and can lift it.
 *
 * <p>Parallel attempts cannot get around the limit: each attempt is counted, in one atomic update that
 * also checks the lock, <em>before</em> its password is compared ({@link #begin}). An attempt whose number
 * is past the limit is refused without looking at its password, so of any burst of guesses at most
 * {@code maxFailedLogins} are ever compared, and the right password sent after them is refused. Each
 * step is a short transaction of its own: no row stays locked while a password hash is computed.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class LoginAttemptService {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptService.class);

    /** What {@link #begin} found: the attempt's number, or that it must be refused unseen. */
    record Attempt(String username, boolean refused, int number) {}

    private final AppUserRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttemptService(AppUserRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    static String normalize(String rawUsername) {
        return rawUsername == null ? "" : rawUsername.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Counts an attempt on {@code rawUsername}. Refused: the account is locked (by the secretary or after
     * failures), or this attempt is past the limit. An unknown name is not refused here, so that it fails
     * like a wrong password.
     */
    Attempt begin(String rawUsername) {
        String username = normalize(rawUsername);
        Instant now = clock.instant();
        repository.expireFailureWindow(username, now.minus(properties.failureWindow()));
        int counted = repository.countAttempt(username, now);
        Integer number = repository.failedLogins(username).orElse(null);
        if (number == null) {
            return new Attempt(username, false, 0);
        }
        if (counted == 0) {
            return new Attempt(username, true, number);
        }
        return new Attempt(username, number > properties.maxFailedLogins(), number);
    }

    /** The attempt's password was wrong: it stays counted, and the one that reaches the limit locks. */
    void failed(Attempt attempt) {
        if (attempt.number() >= properties.maxFailedLogins()) {
            Instant until = clock.instant().plus(properties.lockDuration());
            repository.lockOut(attempt.username(), until);
            log.warn(
                    "Account '{}' locked until {} after {} failed sign-ins",
                    attempt.username(),
                    until,
                    properties.maxFailedLogins());
        }
    }

    /** The right password: the count starts again. */
    void succeeded(Attempt attempt) {
        repository.recordSuccess(attempt.username(), clock.instant());
    }
}
