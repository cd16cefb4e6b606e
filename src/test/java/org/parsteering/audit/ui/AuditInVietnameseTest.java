package org.parsteering.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditService;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log, a task's change history and the settings history in a Vietnamese UI: actions, records,
 * fields and statuses by their Vietnamese names, people and units by name, dates as dd/MM/yyyy.
 */
@Transactional
class AuditInVietnameseTest extends KaribuTest {

    private static final Pattern VI_DATE_TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");

    @Autowired
    AuditService audit;

    @Autowired
    SettingsService settings;

    @Autowired
    JdbcTemplate jdbc;

    private String taskCode;

    @BeforeEach
    void vietnamese() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("vi"));
        taskCode = jdbc.queryForObject(
                "select t.code from task t join assignment a on a.task_id = t.id join unit u on u.id = a.unit_id"
                        + " where u.code = 'XA-BAISON' order by t.id limit 1",
                String.class);
    }

    /** An accepted completion of Bài Sơn's assignment, as the committee's review writes it. */
    private void acceptedCompletion() {
        // later than the demo's own entries, which are stamped at the same fixed test instant
        clock.advance(java.time.Duration.ofMinutes(1));
        as("committee", () -> {
            audit.changes("ASSIGNMENT", taskCode + "/XA-BAISON", "XA-BAISON")
                    .field("status", "COMPLETED", "DONE")
                    .save("ACCEPT");
            return null;
        });
    }

    private static List<AuditLine> rows(Grid<AuditLine> grid) {
        return GridKt._fetch(grid, 0, 50);
    }

    private String displayName(String username) {
        return jdbc.queryForObject("select display_name from app_user where username = ?", String.class, username);
    }

    @Test
    @WithUserDetails("committee")
    void the_audit_log_shows_names_and_vietnamese_dates_and_its_filter_offers_record_names() {
        acceptedCompletion();
        UI.getCurrent().navigate("audit");
        MockVaadin.clientRoundtrip(false);
        AuditView view = _get(AuditView.class);
        AuditLine newest = rows(view.grid).getFirst();
        assertThat(newest.when()).matches(VI_DATE_TIME);
        assertThat(newest.actor()).isEqualTo(displayName("committee"));
        assertThat(newest.unit()).isEqualTo("Xã Bài Sơn");
        assertThat(newest.record()).isEqualTo("Nhiệm vụ " + taskCode + " · Xã Bài Sơn");
        assertThat(newest.action()).isEqualTo("Công nhận hoàn thành");
        assertThat(newest.field()).isEqualTo("Trạng thái");
        assertThat(newest.change()).isEqualTo("Đã báo cáo hoàn thành → Hoàn thành");
        for (AuditLine line : rows(view.grid)) {
            assertThat(line.action()).as("no action constant on screen").doesNotMatch("[A-Z_]{4,}");
            assertThat(line.change()).as("no unit type constant on screen").doesNotContain("COMMUNE");
        }
        assertThat(view.entity
                        .getListDataView()
                        .getItems()
                        .map(t -> view.entity.getItemLabelGenerator().apply(t)))
                .contains("Phần việc của đơn vị", "Đơn vị")
                .doesNotContain("TASK", "UNIT", "ASSIGNMENT", "PLAN");
    }

    @Test
    @WithUserDetails("committee")
    void a_tasks_change_history_is_in_vietnamese() {
        acceptedCompletion();
        UI.getCurrent().navigate("tasks/" + taskCode);
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<AuditLine> changes = _get(Grid.class, spec -> spec.withId("changes-grid"));
        AuditLine newest = rows(changes).getFirst();
        assertThat(newest.when()).matches(VI_DATE_TIME);
        assertThat(newest.actor()).isEqualTo(displayName("committee"));
        assertThat(newest.action()).isEqualTo("Công nhận hoàn thành");
        assertThat(newest.change()).isEqualTo("Đã báo cáo hoàn thành → Hoàn thành");
    }

    @Test
    @WithUserDetails("secretary")
    void the_settings_history_names_the_threshold_and_its_unit() {
        Thresholds t = settings.thresholds();
        as(
                "secretary",
                () -> settings.update(new Thresholds(
                        t.onTime() - 2,
                        t.signatures(),
                        t.componentsDigitized(),
                        t.onlinePayment(),
                        t.dueSoonDays(),
                        t.staleDays() + 1,
                        t.escalationDays())));
        UI.getCurrent().navigate("admin/settings");
        MockVaadin.clientRoundtrip(false);
        @SuppressWarnings("unchecked")
        Grid<AuditLine> history = _get(AuditGrid.class);
        List<AuditLine> lines = rows(history);
        assertThat(lines).extracting(AuditLine::field).contains(fieldName("onTime"));
        AuditLine stale = lines.stream()
                .filter(l -> l.field().equals(fieldName("staleDays")))
                .findFirst()
                .orElseThrow();
        assertThat(stale.when()).matches(VI_DATE_TIME);
        assertThat(stale.change()).isEqualTo(t.staleDays() + " ngày → " + (t.staleDays() + 1) + " ngày");
        assertThat(stale.action()).isEqualTo("Sửa đổi");
        assertThat(stale.actor()).isEqualTo(displayName("secretary"));
    }

    private static String fieldName(String key) {
        return org.parsteering.base.Messages.get(Locale.forLanguageTag("vi"), "settings." + key);
    }
}
