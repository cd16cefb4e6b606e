package org.parsteering.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins after the unit changes of 1 July 2025 (SPEC 8, {@code demo/account-moves.csv}): the committee
 * member and the head of Home Affairs move to the provincial Department of Home Affairs, Bài Sơn's head to Lương
 * Sơn, the commune Bài Sơn became, each through the secretary's account service (audited, sessions ended), and
 * Lương Sơn gets a head of its own with the demo password. Order 43, right after the unit changes (42); a demo
 * created before them (the tests' 2024) has none of the units, so nothing moves.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoAccountMoves extends DemoData {

    private final DemoAccounts accounts;
    private final UserAdminService admin;
    private final AppUserRepository repository;
    private final UnitService units;
    private final Clock clock;

    DemoAccountMoves(
            DemoAccounts accounts,
            UserAdminService admin,
            AppUserRepository repository,
            UnitService units,
            Clock clock) {
        super("account-moves-2025", 43);
        this.accounts = accounts;
        this.admin = admin;
        this.repository = repository;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        List<DemoFile.Row> rows =
                DemoFile.read("account-moves.csv", today, DemoAccounts.HEADER).rows();
        boolean unitsOfToday = rows.stream()
                .allMatch(r -> units.findByCode(r.text("unit_code"))
                        .filter(UnitSummary::active)
                        .isPresent());
        if (!unitsOfToday) {
            return;
        }
        for (DemoFile.Row row : rows) {
            var user = repository.findByUsername(row.text("username"));
            if (user.isEmpty()) {
                accounts.create(row);
                continue;
            }
            UserDraft draft = UserDraft.of(UserAdminService.toSummary(user.get(), clock.instant()));
            draft.setUnitCode(row.text("unit_code"));
            admin.update(draft);
        }
    }
}
