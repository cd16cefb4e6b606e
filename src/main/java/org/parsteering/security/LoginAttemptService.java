package org.parsteering.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins (SPEC 7): after {@code maxFailedLogins} failures within {@code failureWindow}
 * the account is locked for {@code lockDuration}. A success resets the count. The secretary sees the lock
 * on the users screen and can lift it.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
class LoginAttemptService {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptService.class);

    private final AppUserRepository repository;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttemptService(AppUserRepository repository, SecurityProperties properties, Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ParUser user) {
            repository.recordSuccess(user.getUsername(), clock.instant());
        }
    }

    void recordFailure(String rawUsername) {
        String username = rawUsername.strip().toLowerCase(Locale.ROOT);
        AppUser user = repository.findByUsername(username).orElse(null);
        if (user == null) {
            return;
        }
        Instant now = clock.instant();
        Instant windowStart = user.getFailedLogins() == 0 ? null : user.getFirstFailedAt();
        if (windowStart == null || windowStart.plus(properties.failureWindow()).isBefore(now)) {
            repository.startFailureWindow(username, now);
            return;
        }
        repository.countFailure(username);
        if (user.getFailedLogins() + 1 >= properties.maxFailedLogins()) {
            Instant until = now.plus(properties.lockDuration());
            repository.lockOut(username, until);
            log.warn(
                    "Account '{}' locked until {} after {} failed sign-ins",
                    username,
                    until,
                    properties.maxFailedLogins());
        }
    }
}
