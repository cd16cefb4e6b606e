package org.parsteering.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** After the first start the demo's inbox holds reminders of every rule, some acknowledged, one escalated. */
class DemoRemindersTest extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_inbox_holds_every_rule_some_acknowledged_and_one_escalated() {
        List<String> rules = jdbc.queryForList(
                "select distinct rule from reminder where raised_at = (select min(raised_at) from reminder)"
                        + " order by rule",
                String.class);
        assertThat(rules)
                .containsExactlyInAnyOrder(java.util.Arrays.stream(ReminderRule.values())
                        .map(Enum::name)
                        .toArray(String[]::new));
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder r join reminder_event e on e.reminder_id = r.id"
                                + " where e.action = 'ACKNOWLEDGED' and e.actor in ('head.baison', 'head.noivu')",
                        Long.class))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from reminder_event where action = 'ESCALATED' and actor = 'committee'"
                                + " and note like 'Đề nghị báo cáo%'",
                        Long.class))
                .isEqualTo(1);
    }
}
