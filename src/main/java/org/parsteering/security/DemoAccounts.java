package org.parsteering.security;

import java.time.Clock;
import java.time.LocalDate;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.parsteering.base.Role;
import org.parsteering.unit.UnitService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins of SPEC 8 ({@code demo/accounts.csv}), all with the password {@code Demo@2024}. The demo password is
 * shorter than the password policy allows for new passwords, so it is written here directly; this
 * class exists only with the {@code demo} profile.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoAccounts extends DemoData {

    static final String PASSWORD = "Demo@2024";
    static final String HEADER = "username,name,role,unit_code,locale,email";

    private final AppUserRepository repository;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(AppUserRepository repository, UnitService units, PasswordEncoder encoder, Clock clock) {
        super("accounts", 20);
        this.repository = repository;
        this.units = units;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public void load() {
        var file = DemoFile.read("accounts.csv", LocalDate.now(clock), HEADER);
        for (DemoFile.Row row : file.rows()) {
            if (repository.findByUsername(row.text("username")).isPresent()) {
                continue;
            }
            create(row);
        }
    }

    /** Creates the account of a row of {@code demo/accounts.csv} (or its later moves) with the demo password. */
    void create(DemoFile.Row row) {
        String unitCode = row.optional("unit_code");
        var unit = unitCode == null ? null : units.requireActiveUnit(unitCode);
        AppUser user = new AppUser(
                row.text("username"),
                row.text("name"),
                row.choice("role", Role.class),
                unit,
                encoder.encode(PASSWORD),
                row.text("locale"),
                clock.instant());
        user.setEmail(row.optional("email"));
        repository.save(user);
    }
}
