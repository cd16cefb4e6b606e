package org.parsteering.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.provider.Arguments;
import org.parsteering.base.Role;
import org.parsteering.support.AccessMatrixTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of account administration × every role: the secretary's only (SPEC 1), including the list
 * of accounts of closed units (issue 12), whatever the screens show.
 */
@Transactional
class UserAdminAccessMatrixTest extends AccessMatrixTest<UserAdminAccessMatrixTest> {

    static final Map<String, String> ACCOUNTS = demoAccounts("secretary", "committee", "inspector", "head.baison");

    static final Set<String> SECRETARY_ONLY = Set.of(SECRETARY);

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcTemplate jdbc;

    UserSummary target;

    @BeforeEach
    void fixture() {
        String username = unique("matrix.");
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, role, unit_id, locale, created_at, updated_at)
                values (?, 'Matrix account', null, '{noop}x', 'INSPECTOR', null, 'vi', ?, ?)""", username, now, now);
        target = as("secretary", () -> users.search(username, null, PageRequest.of(0, 5)))
                .getContent()
                .get(0);
    }

    static final class Cell extends AccessMatrixTest.Cell<UserAdminAccessMatrixTest> {
        Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call<UserAdminAccessMatrixTest> call) {
            super(method, allowedRoles, unitScoped, call);
        }
    }

    static final List<Cell> CELLS = List.of(
            new Cell(
                    "UserAdminService.search",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.users.search("", null, PageRequest.of(0, 5))),
            new Cell("UserAdminService.create", SECRETARY_ONLY, false, (t, s) -> {
                UserDraft d = new UserDraft();
                d.setUsername(unique("matrix.new"));
                d.setDisplayName("Matrix new");
                d.setRole(Role.INSPECTOR);
                t.users.create(d, "A-long-password-1");
            }),
            new Cell("UserAdminService.update", SECRETARY_ONLY, false, (t, s) -> {
                UserDraft d = UserDraft.edit(t.target);
                d.setDisplayName("Matrix renamed");
                t.users.update(d);
            }),
            new Cell(
                    "UserAdminService.resetPassword",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.users.resetPassword(t.target.id())),
            new Cell("UserAdminService.lock", SECRETARY_ONLY, false, (t, s) -> t.users.lock(t.target.id())),
            new Cell("UserAdminService.unlock", SECRETARY_ONLY, false, (t, s) -> t.users.unlock(t.target.id())),
            new Cell("UserAdminService.delete", SECRETARY_ONLY, false, (t, s) -> t.users.delete(t.target.id())),
            new Cell(
                    "UserAdminService.closedUnitAccounts",
                    SECRETARY_ONLY,
                    false,
                    (t, s) -> t.users.closedUnitAccounts()));

    UserAdminAccessMatrixTest() {
        super(CELLS, ACCOUNTS);
    }

    static Stream<Arguments> cells() {
        return arguments(CELLS, ACCOUNTS);
    }

    @Override
    protected List<Class<?>> services() {
        return List.of(UserAdminService.class);
    }
}
