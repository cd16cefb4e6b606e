package org.parsteering.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Sign-in rules (SPEC 7): lock after {@code maxFailedLogins} failures within {@code failureWindow}. */
@ConfigurationProperties("par.security")
public record SecurityProperties(
        int maxFailedLogins, Duration failureWindow, Duration lockDuration, int minPasswordLength) {

    public SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (failureWindow == null) {
            failureWindow = Duration.ofMinutes(15);
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
        if (minPasswordLength <= 0) {
            minPasswordLength = 10;
        }
    }
}
