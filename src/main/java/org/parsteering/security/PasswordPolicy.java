package org.parsteering.security;

import java.util.Locale;
import org.parsteering.base.BusinessException;
import org.springframework.stereotype.Component;

/** What a new password must be: long enough, not the user name, not absurdly long (bcrypt reads 72 bytes). */
@Component
class PasswordPolicy {

    static final int MAX_LENGTH = 72;

    private final SecurityProperties properties;

    PasswordPolicy(SecurityProperties properties) {
        this.properties = properties;
    }

    int minLength() {
        return properties.minPasswordLength();
    }

    void check(String username, String password) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new BusinessException("password.error.tooShort", properties.minPasswordLength());
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new BusinessException("password.error.tooLong", MAX_LENGTH);
        }
        if (password.isBlank() || password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new BusinessException("password.error.containsUsername");
        }
    }
}
