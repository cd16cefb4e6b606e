package org.parsteering.security;

import java.time.Clock;
import org.parsteering.base.DemoData;
import org.parsteering.base.Role;
import org.parsteering.unit.UnitService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The five demo sign-ins of SPEC 8, all with the password {@code Demo@2024}. The demo password is
 * shorter than the password policy allows for new passwords, so it is written here directly; this
 * class exists only with the {@code demo} profile.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoAccounts implements DemoData {

    static final String PASSWORD = "Demo@2024";

    private final AppUserRepository repository;
    private final UnitService units;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(AppUserRepository repository, UnitService units, PasswordEncoder encoder, Clock clock) {
        this.repository = repository;
        this.units = units;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load() {
        create("secretary", "Nguyễn Văn Thắng", Role.SECRETARY, null, "vi");
        create("committee", "Trần Thị Hoa", Role.COMMITTEE, "PB-NOIVU", "vi");
        create("inspector", "Lê Minh Tuấn", Role.INSPECTOR, null, "vi");
        create("head.noivu", "Phạm Văn Nam", Role.UNIT_HEAD, "PB-NOIVU", "vi");
        create("head.baison", "Hoàng Thị Lan", Role.UNIT_HEAD, "XA-BAISON", "vi");
    }

    private void create(String username, String name, Role role, String unitCode, String locale) {
        if (repository.findByUsername(username).isPresent()) {
            return;
        }
        var unit = unitCode == null ? null : units.requireActiveUnit(unitCode);
        AppUser user = new AppUser(username, name, role, unit, encoder.encode(PASSWORD), locale, clock.instant());
        // Reserved example domain: with MAIL_HOST set the demo's reminder mails go nowhere real.
        user.setEmail(username + "@doluong.example");
        repository.save(user);
    }
}
