package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every UI text exists in English and Vietnamese (STYLE 10): both files hold the same keys, every key the
 * code uses is in them, and every message is a valid {@link java.text.MessageFormat} pattern.
 */
class TranslationKeysTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().forEach(keys::add);
        return keys;
    }

    @Test
    void english_and_vietnamese_have_the_same_keys() throws IOException {
        Set<String> en = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> vi = keys(load("/vaadin-i18n/translations_vi.properties"));
        assertThat(difference(en, vi))
                .as("keys missing from translations_vi.properties")
                .isEmpty();
        assertThat(difference(vi, en))
                .as("keys missing from translations.properties")
                .isEmpty();
        assertThat(keys(load("/ValidationMessages.properties")))
                .isEqualTo(keys(load("/ValidationMessages_vi.properties")));
    }

    @Test
    void every_message_is_a_valid_pattern_and_not_blank() throws IOException {
        for (String file :
                new String[] {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_vi.properties"}) {
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(file + " " + key).isNotBlank();
                new java.text.MessageFormat(value);
                assertThat(value)
                        .as(file + " " + key + ": a single quote swallows MessageFormat arguments")
                        .doesNotContain("'");
            }
        }
    }

    /** Literal keys in the sources: getTranslation("..."), exception and row-error keys, and enum-based families. */
    @Test
    void every_key_used_in_the_code_exists() throws IOException {
        Set<String> known = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> validation = keys(load("/ValidationMessages.properties"));
        Pattern[] patterns = {
            Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]"),
            Pattern.compile("Exception\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]"),
            Pattern.compile("RowError\\.of\\([^,]+,[^,]+,\\s*\"([a-zA-Z0-9_.]+)\""),
            Pattern.compile("\\berror\\(\\s*\"[a-z_]+\",\\s*\"([a-zA-Z0-9_.]+)\""),
            Pattern.compile("title = \"([a-zA-Z0-9_.]+)\""),
        };
        Set<String> missing = new TreeSet<>();
        Set<String> missingValidation = new TreeSet<>();
        Pattern validationRef = Pattern.compile("message = \"\\{([a-zA-Z0-9_.]+)}\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        if (!known.contains(m.group(1))) {
                            missing.add(m.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
                Matcher v = validationRef.matcher(source);
                while (v.find()) {
                    if (!validation.contains(v.group(1))) {
                        missingValidation.add(v.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            if (!known.contains(role.messageKey())) {
                missing.add(role.messageKey());
            }
        }
        for (String family : new String[] {"unit.type.", "dashboard.units."}) {
            for (String type : new String[] {"DISTRICT", "DEPARTMENT", "COMMUNE"}) {
                if (!known.contains(family + type)) {
                    missing.add(family + type);
                }
            }
        }
        for (String status : new String[] {"ACTIVE", "LOCKED", "LOCKED_OUT"}) {
            if (!known.contains("user.status." + status)) {
                missing.add("user.status." + status);
            }
        }
        for (String lang : new String[] {"en", "vi"}) {
            if (!known.contains("language." + lang)) {
                missing.add("language." + lang);
            }
        }
        assertThat(missing).as("translation keys used in code but missing").isEmpty();
        assertThat(missingValidation).as("validation message keys missing").isEmpty();
    }

    /**
     * Enums whose constants reach the screen without a {@code messageKey()} method: their views build the
     * key from this prefix and the constant's name. An enum with {@code messageKey()} needs no entry.
     */
    private static final Map<String, String> SHOWN_BY_PREFIX = Map.of(
            "org.parsteering.dossier.Channel", "figures.channel.",
            "org.parsteering.dossier.LateKind", "figures.lateKind.",
            "org.parsteering.dossier.ProcedureLevel", "procedures.level.",
            "org.parsteering.dossier.OnlineLevel", "procedures.online.",
            "org.parsteering.dossier.Components", "import.value.components.",
            "org.parsteering.plan.ProgressReport$Kind", "tasks.report.",
            "org.parsteering.reminder.ui.RemindersView$StateChoice", "reminders.stateChoice.",
            "org.parsteering.base.tabular.ImportProgress$Phase", "import.progress.");

    /** Enums people never read, each with the reason. */
    private static final Map<String, String> NOT_SHOWN = Map.of(
            "org.parsteering.dossier.DemoDossiers$Outcome", "how demo dossiers are generated",
            "org.parsteering.plan.DemoPlan$Kind", "how demo tasks are generated",
            "org.parsteering.reminder.MailKind", "which mail template a reminder mail uses",
            "org.parsteering.report.ui.ReportsView$Format", "file extension and content type of a report",
            "org.parsteering.audit.AuditNames$Kind", "which feature names a code",
            "org.parsteering.dossier.Count$Source", "which query a count comes from",
            "org.parsteering.dossier.DemoCalendar$Kind", "holiday or worked day in the demo calendar file",
            "org.parsteering.reminder.DemoReminders$Action", "what a demo account does with a reminder",
            "org.parsteering.unit.UnitChangeService$Outcome", "what recording a unit change did (import counts)");

    /**
     * Every enum of the main code is either labelled in both languages for every constant (by its
     * {@code messageKey()} or its view's prefix) or known not to be shown: adding a constant without its
     * keys, or a new enum without deciding, fails here.
     */
    @Test
    void every_enum_shown_to_people_has_a_label_for_every_constant_in_both_languages() throws Exception {
        Set<String> en = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> vi = keys(load("/vaadin-i18n/translations_vi.properties"));
        Path classes = Path.of("target/classes");
        Set<String> missing = new TreeSet<>();
        Set<String> undecided = new TreeSet<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("org/parsteering"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                name = name.substring(0, name.length() - ".class".length());
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isEnum()) {
                    continue;
                }
                java.lang.reflect.Method messageKey = messageKey(type);
                String prefix = SHOWN_BY_PREFIX.get(name);
                if (messageKey == null && prefix == null) {
                    if (!NOT_SHOWN.containsKey(name)) {
                        undecided.add(name);
                    }
                    continue;
                }
                checked++;
                for (Object constant : type.getEnumConstants()) {
                    String key = messageKey != null
                            ? (String) messageKey.invoke(constant)
                            : prefix + ((Enum<?>) constant).name();
                    if (!en.contains(key) || !vi.contains(key)) {
                        missing.add(key + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(checked).as("enums checked").isGreaterThan(10);
        assertThat(undecided)
                .as("enums neither labelled (messageKey() or SHOWN_BY_PREFIX) nor listed in NOT_SHOWN")
                .isEmpty();
        assertThat(missing).as("labels of enum constants missing").isEmpty();
    }

    private static java.lang.reflect.Method messageKey(Class<?> type) {
        try {
            java.lang.reflect.Method m = type.getDeclaredMethod("messageKey");
            m.setAccessible(true);
            return m.getReturnType() == String.class ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /**
     * Every action, record type and field the code writes to the audit trail has its name in both
     * languages, for the audit log, the task history and the settings history.
     */
    @Test
    void every_audit_action_record_type_and_field_written_by_the_code_has_a_name() throws IOException {
        Set<String> en = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> vi = keys(load("/vaadin-i18n/translations_vi.properties"));
        Pattern actions =
                Pattern.compile("(?:\\.save\\(|saved\\([^;]*?|audit\\.action\\([^;]*?|\\? |: )\"([A-Z][A-Z_]+)\"\\)");
        Pattern ternary = Pattern.compile("\\.save\\([^;]*\\? \"([A-Z_]+)\" : \"([A-Z_]+)\"\\)");
        Pattern fields = Pattern.compile("\\.field\\(\\s*\"([a-zA-Z]+)\"");
        Pattern types = Pattern.compile(
                "(?:AUDIT_TYPE = |audit\\.changes\\(\\s*|audit\\.action\\(\\s*|audit\\.history\\(\\s*)\"([A-Z_]+)\"");
        Set<String> needed = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("audit")) {
                    continue;
                }
                Matcher m = actions.matcher(source);
                while (m.find()) {
                    needed.add("audit.action." + m.group(1));
                }
                m = ternary.matcher(source);
                while (m.find()) {
                    needed.add("audit.action." + m.group(1));
                    needed.add("audit.action." + m.group(2));
                }
                m = fields.matcher(source);
                while (m.find()) {
                    needed.add("audit.field." + m.group(1));
                }
                m = types.matcher(source);
                while (m.find()) {
                    needed.add("audit.type." + m.group(1));
                    needed.add("audit.record." + m.group(1));
                }
            }
        }
        for (var setting : org.parsteering.settings.Thresholds.class.getRecordComponents()) {
            needed.add("settings." + setting.getName());
        }
        assertThat(needed)
                .as("found the audit vocabulary")
                .contains("audit.action.ACCEPT", "audit.action.LOCK", "audit.field.status", "audit.type.ASSIGNMENT");
        Set<String> missing = new TreeSet<>();
        for (String key : needed) {
            if (!en.contains(key) || !vi.contains(key)) {
                missing.add(key);
            }
        }
        assertThat(missing)
                .as("names of audit actions, records and fields missing")
                .isEmpty();
    }

    /** Every column of every import says what it holds, and every allowed value its meaning, in both languages. */
    @Test
    void every_import_column_and_allowed_value_is_described_in_both_languages() throws IOException {
        Set<String> en = keys(load("/vaadin-i18n/translations.properties"));
        Set<String> vi = keys(load("/vaadin-i18n/translations_vi.properties"));
        Set<String> missing = new TreeSet<>();
        for (var format : org.parsteering.support.ImportFormats.ALL) {
            for (var column : format.columns()) {
                List<String> keys = new java.util.ArrayList<>(List.of(column.ruleKey()));
                column.allowed().forEach(v -> keys.add(v.labelKey()));
                for (String key : keys) {
                    if (!en.contains(key) || !vi.contains(key)) {
                        missing.add(key + " (" + format.name() + "." + column.name() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
