package org.parsteering.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parsteering.audit.AuditEntry;
import org.parsteering.audit.AuditNames;
import org.parsteering.base.Messages;
import org.parsteering.base.Role;
import org.parsteering.plan.Priority;
import org.parsteering.plan.TaskStatus;
import org.parsteering.unit.UnitType;

/**
 * Audit rows in words, without Spring: actions, records and fields by name, people and units by name,
 * coded values by their enum's label, dates as dd/MM/yyyy in Vietnamese; a code nobody can name stays.
 */
class AuditFormatterTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    /** 15 May 2024, 09:30 in Vietnam. */
    private static final Instant AT = Instant.parse("2024-05-15T02:30:00Z");

    private static AuditNames names(AuditNames.Kind kind, Map<String, String> known, List<Collection<String>> asked) {
        return new AuditNames() {
            @Override
            public Kind kind() {
                return kind;
            }

            @Override
            public Map<String, String> names(Collection<String> codes, Locale locale) {
                asked.add(codes);
                Map<String, String> found = new HashMap<>();
                codes.forEach(c -> {
                    if (known.containsKey(c)) {
                        found.put(c, known.get(c) + ("vi".equals(locale.getLanguage()) ? "" : " (en)"));
                    }
                });
                return found;
            }
        };
    }

    private final List<Collection<String>> asked = new java.util.ArrayList<>();
    private final AuditFormatter formatter = new AuditFormatter(List.of(
            names(
                    AuditNames.Kind.UNIT,
                    Map.of("XA-BAISON", "Xã Bài Sơn", "PB-NOIVU", "Phòng Nội vụ", "DISTRICT", "UBND huyện"),
                    asked),
            names(AuditNames.Kind.PERSON, Map.of("committee", "Trần Văn Bình"), asked),
            names(AuditNames.Kind.PLAN_FIELD, Map.of("TTHC", "Cải cách thủ tục hành chính"), asked)));

    private static AuditEntry entry(
            String type, String key, String unit, String action, String field, String o, String n) {
        return new AuditEntry(1L, AT, "committee", unit, type, key, action, field, o, n);
    }

    @Test
    void an_accepted_completion_reads_in_vietnamese_with_names_and_status_labels() {
        AuditLine line = formatter
                .lines(
                        List.of(entry(
                                "ASSIGNMENT",
                                "2026-TTHC-99/XA-BAISON",
                                "XA-BAISON",
                                "ACCEPT",
                                "status",
                                "COMPLETED",
                                "DONE")),
                        VI)
                .getFirst();
        assertThat(line.when()).isEqualTo("15/05/2024 09:30");
        assertThat(line.actor()).isEqualTo("Trần Văn Bình");
        assertThat(line.unit()).isEqualTo("Xã Bài Sơn");
        assertThat(line.record()).isEqualTo("Nhiệm vụ 2026-TTHC-99 · Xã Bài Sơn");
        assertThat(line.action()).isEqualTo("Công nhận hoàn thành");
        assertThat(line.field()).isEqualTo("Trạng thái");
        assertThat(line.change())
                .isEqualTo(Messages.get(VI, TaskStatus.COMPLETED.messageKey()) + " → "
                        + Messages.get(VI, TaskStatus.DONE.messageKey()));
    }

    @Test
    void every_coded_value_is_shown_by_its_enums_label_in_both_languages() {
        for (Locale locale : List.of(VI, Locale.ENGLISH)) {
            for (TaskStatus s : TaskStatus.values()) {
                assertThat(change("TASK", "status", null, s.name(), locale))
                        .isEqualTo(Messages.get(locale, s.messageKey()));
            }
            for (Priority p : Priority.values()) {
                assertThat(change("TASK", "priority", null, p.name(), locale))
                        .isEqualTo(Messages.get(locale, p.messageKey()));
            }
            for (UnitType t : UnitType.values()) {
                assertThat(change("UNIT", "type", null, t.name(), locale))
                        .isEqualTo(Messages.get(locale, t.messageKey()));
            }
            for (Role r : Role.values()) {
                assertThat(change("USER", "role", null, r.name(), locale))
                        .isEqualTo(Messages.get(locale, r.messageKey()));
            }
        }
    }

    private String change(String type, String field, String o, String n, Locale locale) {
        return formatter
                .lines(List.of(entry(type, "X", null, "UPDATE", field, o, n)), locale)
                .getFirst()
                .change();
    }

    @Test
    void dates_units_fields_and_percentages_are_in_words_and_a_code_nobody_knows_stays_as_it_is() {
        assertThat(change("TASK", "deadline", "2026-03-31", "2026-06-30", VI)).isEqualTo("31/03/2026 → 30/06/2026");
        assertThat(change("TASK", "deadline", "2026-03-31", "2026-06-30", Locale.ENGLISH))
                .isEqualTo("31 Mar 2026 → 30 Jun 2026");
        assertThat(change("TASK", "lead", "PB-NOIVU", "XA-BAISON", VI)).isEqualTo("Phòng Nội vụ → Xã Bài Sơn");
        assertThat(change("TASK", "coordinating", null, "PB-NOIVU;XA-GONE", VI)).isEqualTo("Phòng Nội vụ, XA-GONE");
        assertThat(change("TASK", "field", null, "TTHC", VI)).isEqualTo("Cải cách thủ tục hành chính");
        assertThat(change("ASSIGNMENT", "progress", "40", "60", VI)).isEqualTo("40 % → 60 %");
        assertThat(change("UNIT", "activeTo", "2025-12-31", null, VI)).isEqualTo("31/12/2025 → —");
        assertThat(change("SETTINGS", "staleDays", "14", "10", VI)).isEqualTo("14 ngày → 10 ngày");
        assertThat(change("SETTINGS", "onTime", "95", "97", Locale.ENGLISH)).isEqualTo("95 % → 97 %");
        assertThat(change("USER", "locale", "en", "vi", VI))
                .isEqualTo(Messages.get(VI, "language.en") + " → " + Messages.get(VI, "language.vi"));

        AuditLine settings = formatter
                .lines(List.of(entry("SETTINGS", "thresholds", null, "UPDATE", "onTime", "95", "97")), VI)
                .getFirst();
        assertThat(settings.field()).isEqualTo(Messages.get(VI, "settings.onTime"));
        assertThat(settings.record()).isEqualTo("Ngưỡng đánh giá");

        AuditLine system = formatter
                .lines(
                        List.of(new AuditEntry(
                                2L, AT, "system", null, "PLAN", "KH-2026", "MAKE_CURRENT", null, null, null)),
                        VI)
                .getFirst();
        assertThat(system.actor()).isEqualTo("Hệ thống (tự động)");
        assertThat(system.record()).isEqualTo("Kế hoạch KH-2026");
        assertThat(system.action()).isEqualTo("Đặt làm kế hoạch hiện hành");
        assertThat(system.change()).isEmpty();
    }

    @Test
    void names_are_looked_up_once_per_kind_for_a_whole_page_and_in_the_users_language() {
        List<AuditEntry> page = List.of(
                entry("UNIT", "XA-BAISON", "XA-BAISON", "UPDATE", "parent", "PB-NOIVU", "DISTRICT"),
                entry("USER", "committee", null, "LOCK", null, null, null),
                entry("SIGNATURES", "XA-BAISON/2024-03", "XA-BAISON", "CREATE", "documentsSigned", null, "1200"));
        List<AuditLine> en = formatter.lines(page, Locale.ENGLISH);
        assertThat(asked)
                .as("units and people asked once each, plan fields not at all")
                .hasSize(2);
        assertThat(en.get(0).record()).isEqualTo("Unit: Xã Bài Sơn (en)");
        assertThat(en.get(0).change()).isEqualTo("Phòng Nội vụ (en) → UBND huyện (en)");
        assertThat(en.get(1).record()).isEqualTo("Account: Trần Văn Bình (en)");
        assertThat(en.get(1).action()).isEqualTo("Locked");
        assertThat(en.get(2).record()).isEqualTo("Digital signatures · Xã Bài Sơn (en) · Mar 2024");
        assertThat(en.get(2).change()).isEqualTo("1,200");
        assertThat(formatter.lines(page, VI).get(2).record()).isEqualTo("Chữ ký số · Xã Bài Sơn · 03/2024");
        assertThat(formatter.lines(page, VI).get(2).change()).isEqualTo("1.200");
    }
}
