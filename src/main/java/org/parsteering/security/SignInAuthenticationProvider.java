package org.parsteering.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sign-in with username and password (the login form, and anyone calling the authentication
 * manager): Spring's check of the password hash, wrapped in the attempt counting of
 * {@link LoginAttemptService}: the attempt is counted and the lock checked before the password is
 * compared, so a burst of parallel guesses cannot slip past the lock.
 */
@Component
class SignInAuthenticationProvider extends org.springframework.security.authentication.dao.DaoAuthenticationProvider {

    private final LoginAttemptService attempts;

    SignInAuthenticationProvider(
            ParUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttemptService attempts) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        LoginAttemptService.Attempt attempt = attempts.begin(authentication.getName());
        if (attempt.refused()) {
            throw new LockedException(
                    messages.getMessage("AbstractUserDetailsAuthenticationProvider.locked", "User account is locked"));
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (BadCredentialsException e) {
            attempts.failed(attempt);
            throw e;
        }
        attempts.succeeded(attempt);
        return result;
    }
}
