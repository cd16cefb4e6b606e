package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitDraft;
import org.parsteering.unit.UnitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** A restart never reloads demo data over what users changed since. */
@Transactional
class DemoDataRunnerTest extends IntegrationTest {

    @Autowired
    DemoDataRunner runner;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("secretary")
    void running_again_keeps_what_users_changed() {
        UnitDraft bacSon = UnitDraft.of(units.findByCode("XA-BACSON").orElseThrow());
        bacSon.setName("Xã Bắc Sơn (đổi tên)");
        units.update(bacSon);
        long accounts = jdbc.queryForObject("select count(*) from app_user", Long.class);

        runner.run(new DefaultApplicationArguments());

        assertThat(units.findByCode("XA-BACSON").orElseThrow().name()).isEqualTo("Xã Bắc Sơn (đổi tên)");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(accounts);
        assertThat(jdbc.queryForList("select name from data_marker", String.class))
                .contains("demo:units", "demo:accounts");
    }

    @Test
    void demo_accounts_have_the_roles_and_units_of_spec_8() {
        var rows = jdbc.queryForList("""
                select u.username, u.role, un.code from app_user u left join unit un on un.id = u.unit_id
                where u.username in ('secretary','committee','inspector','head.noivu','head.baison') order by u.username""");
        assertThat(rows)
                .extracting(r -> r.get("username") + "/" + r.get("role") + "/" + r.get("code"))
                .containsExactly(
                        "committee/COMMITTEE/PB-NOIVU",
                        "head.baison/UNIT_HEAD/XA-BAISON",
                        "head.noivu/UNIT_HEAD/PB-NOIVU",
                        "inspector/INSPECTOR/null",
                        "secretary/SECRETARY/null");
    }
}
