package org.parsteering.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.parsteering.base.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deployment starts with no demo data and so with no account. On an empty account table this
 * creates the SECRETARY {@code admin}, with the password from {@code PAR_BOOTSTRAP_PASSWORD} or a random one
 * written once to the log, so that the first person can sign in, import units and create accounts.
 */
@Component
@Order(20)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUserRepository repository;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final String configuredPassword;

    InitialAdministrator(
            AppUserRepository repository,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            Clock clock,
            @Value("${par.bootstrap.admin-password:}") String configuredPassword) {
        this.repository = repository;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] bytes = new byte[12];
            new SecureRandom().nextBytes(bytes);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            log.warn(
                    "No accounts yet: created SECRETARY 'admin' with the one-time password {} — sign in and change it now.",
                    password);
        } else {
            policy.check("admin", password);
            log.warn("No accounts yet: created SECRETARY 'admin' with the password from PAR_BOOTSTRAP_PASSWORD.");
        }
        repository.save(new AppUser(
                "admin", "Administrator", Role.SECRETARY, null, encoder.encode(password), "vi", clock.instant()));
    }
}
