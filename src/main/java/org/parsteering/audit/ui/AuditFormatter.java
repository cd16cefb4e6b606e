package org.parsteering.audit.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.audit.AuditEntry;
import org.parsteering.audit.AuditNames;
import org.parsteering.audit.AuditNames.Kind;
import org.parsteering.audit.AuditService;
import org.parsteering.base.Messages;
import org.parsteering.base.ui.Formats;
import org.springframework.stereotype.Component;

/**
 * The one place that turns audit rows into words, for the audit log, the task's change history and the
 * settings history alike: the action, the record and the field by their translated names, people and units
 * by name (never a username or a code), statuses and other coded values by their label, dates as
 * {@code dd/MM/yyyy} in Vietnamese. A code nobody can name any more (a deleted account) is shown as it is.
 */
@Component
public class AuditFormatter {

    /** Fields whose values are codes of something with a name. */
    private static final Map<String, Kind> NAMED_FIELDS =
            Map.of("lead", Kind.UNIT, "parent", Kind.UNIT, "unit", Kind.UNIT, "field", Kind.PLAN_FIELD);

    /** A field holding several unit codes separated by {@code ;}. */
    private static final String UNIT_LIST_FIELD = "coordinating";

    /** Fields whose values are enum constants, by the prefix of their label keys (their enums' messageKey). */
    private static final Map<String, String> CODED_FIELDS = Map.of(
            "status", "task.status.",
            "priority", "task.priority.",
            "type", "unit.type.",
            "role", "role.",
            "locale", "language.");

    /**
     * Fields of a unit change's carry-over (plan.UnitCarryOver): {@code UNIT_CODE|yyyy-MM-dd|legal basis}, read as
     * "taken over from/by <unit name> on <date> (<legal basis>)".
     */
    private static final Set<String> TAKE_OVER_FIELDS = Set.of("takenOverFrom", "takenOverBy");

    private static final Set<String> DATE_FIELDS =
            Set.of("deadline", "startDate", "activeFrom", "activeTo", "changeDate", "closedAt");
    private static final Set<String> NUMBER_FIELDS = Set.of("documentsIssued", "documentsSigned");
    private static final String SETTINGS = "SETTINGS";

    private final Map<Kind, List<AuditNames>> names = new EnumMap<>(Kind.class);

    AuditFormatter(List<AuditNames> names) {
        for (AuditNames n : names) {
            this.names.computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n);
        }
    }

    /** The rows in words, with one name lookup per kind of code for all of them. */
    public List<AuditLine> lines(List<AuditEntry> entries, Locale locale) {
        Names known = lookUp(entries, locale);
        return entries.stream().map(e -> line(e, known, locale)).toList();
    }

    /** A person's display name for a username (the progress history's "by"); {@code system} in words. */
    public String person(String username, Locale locale) {
        if (username == null || AuditService.SYSTEM.equals(username)) {
            return username == null ? "" : Messages.get(locale, "audit.system");
        }
        return named(Kind.PERSON, Set.of(username), locale).getOrDefault(username, username);
    }

    /** A unit's name for its code. */
    public String unit(String code, Locale locale) {
        return code == null ? "" : named(Kind.UNIT, Set.of(code), locale).getOrDefault(code, code);
    }

    /** An entity type of the audit trail ({@code TASK}) by its name, for the log's filter. */
    public String entityType(String type, Locale locale) {
        return text(locale, "audit.type." + type, type);
    }

    private AuditLine line(AuditEntry e, Names known, Locale locale) {
        String type = e.entityType();
        boolean settings = SETTINGS.equals(type);
        String field =
                e.field() == null ? "" : text(locale, (settings ? "settings." : "audit.field.") + e.field(), e.field());
        return new AuditLine(
                e.id(),
                Formats.dateTime(e.occurredAt(), locale),
                AuditService.SYSTEM.equals(e.actor())
                        ? Messages.get(locale, "audit.system")
                        : known.of(Kind.PERSON, e.actor()),
                e.unitCode() == null ? "" : known.of(Kind.UNIT, e.unitCode()),
                record(type, e.entityKey(), known, locale),
                text(locale, "audit.action." + e.action(), e.action()),
                field,
                e.field() == null ? "" : change(type, e.field(), e.oldValue(), e.newValue(), known, locale));
    }

    private String record(String type, String key, Names known, Locale locale) {
        String[] parts = key.split("/", 2);
        return switch (type) {
            case "TASK", "PLAN" -> Messages.get(locale, "audit.record." + type, key);
            case "PLAN_FIELD" ->
                parts.length < 2 ? key : Messages.get(locale, "audit.record.PLAN_FIELD", parts[0], parts[1]);
            case "UNIT" -> Messages.get(locale, "audit.record.UNIT", known.of(Kind.UNIT, key));
            case "USER" -> Messages.get(locale, "audit.record.USER", known.of(Kind.PERSON, key));
            case "API_TOKEN" -> Messages.get(locale, "audit.record.API_TOKEN", known.of(Kind.PERSON, parts[0]));
            case "ASSIGNMENT" ->
                parts.length < 2
                        ? Messages.get(locale, "audit.record.TASK", key)
                        : Messages.get(locale, "audit.record.ASSIGNMENT", parts[0], known.of(Kind.UNIT, parts[1]));
            case "SIGNATURES" ->
                parts.length < 2
                        ? key
                        : Messages.get(
                                locale,
                                "audit.record.SIGNATURES",
                                known.of(Kind.UNIT, parts[0]),
                                month(parts[1], locale));
            case SETTINGS -> Messages.get(locale, "audit.record.SETTINGS");
            default -> type + " " + key;
        };
    }

    private String change(String type, String field, String oldValue, String newValue, Names known, Locale locale) {
        String o = value(type, field, oldValue, known, locale);
        String n = value(type, field, newValue, known, locale);
        if (oldValue == null) {
            return n;
        }
        return o + " → " + (newValue == null ? "—" : n);
    }

    private String value(String type, String field, String value, Names known, Locale locale) {
        if (value == null) {
            return "—";
        }
        if (SETTINGS.equals(type) && "deploymentLevel".equals(field)) {
            return Messages.get(locale, "settings.level." + value);
        }
        if (SETTINGS.equals(type)) {
            return Messages.get(locale, field.endsWith("Days") ? "audit.value.days" : "audit.value.percent", value);
        }
        Kind kind = NAMED_FIELDS.get(field);
        if (kind != null) {
            return known.of(kind, value);
        }
        if (UNIT_LIST_FIELD.equals(field)) {
            return splitList(value).stream().map(c -> known.of(Kind.UNIT, c)).collect(Collectors.joining(", "));
        }
        if (TAKE_OVER_FIELDS.contains(field)) {
            String[] p = value.split("\\|", 3);
            if (p.length == 3) {
                String day;
                try {
                    day = Formats.date(LocalDate.parse(p[1]), locale);
                } catch (DateTimeParseException e) {
                    day = p[1];
                }
                return Messages.get(locale, "audit.value." + field, known.of(Kind.UNIT, p[0]), day, p[2]);
            }
            return value;
        }
        String prefix = CODED_FIELDS.get(field);
        if (prefix != null) {
            return text(locale, prefix + value, value);
        }
        if (DATE_FIELDS.contains(field)) {
            try {
                return Formats.date(LocalDate.parse(value), locale);
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if ("progress".equals(field)) {
            return Messages.get(locale, "audit.value.percent", value);
        }
        if (NUMBER_FIELDS.contains(field)) {
            try {
                return Formats.number(Long.parseLong(value), locale);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static String month(String yearMonth, Locale locale) {
        try {
            YearMonth m = YearMonth.parse(yearMonth);
            return Formats.isVietnamese(locale)
                    ? DateTimeFormatter.ofPattern("MM/yyyy").format(m)
                    : DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(m);
        } catch (DateTimeParseException e) {
            return yearMonth;
        }
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The translation of {@code key}, or {@code fallback} when there is none (a value the code does not know). */
    private static String text(Locale locale, String key, String fallback) {
        String t = Messages.get(locale, key);
        return t.equals(key) ? fallback : t;
    }

    /** Collects every code the rows carry, by kind, and asks each kind's features once. */
    private Names lookUp(List<AuditEntry> entries, Locale locale) {
        Map<Kind, Set<String>> codes = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            codes.put(k, new HashSet<>());
        }
        for (AuditEntry e : entries) {
            codes.get(Kind.PERSON).add(e.actor());
            if (e.unitCode() != null) {
                codes.get(Kind.UNIT).add(e.unitCode());
            }
            String[] parts = e.entityKey().split("/", 2);
            switch (e.entityType()) {
                case "UNIT" -> codes.get(Kind.UNIT).add(e.entityKey());
                case "USER" -> codes.get(Kind.PERSON).add(e.entityKey());
                case "API_TOKEN" -> codes.get(Kind.PERSON).add(parts[0]);
                case "ASSIGNMENT" -> {
                    if (parts.length == 2) {
                        codes.get(Kind.UNIT).add(parts[1]);
                    }
                }
                case "SIGNATURES" -> codes.get(Kind.UNIT).add(parts[0]);
                default -> {
                    // the key is what people know the record by (a task or plan code)
                }
            }
            if (e.field() != null && !SETTINGS.equals(e.entityType())) {
                Kind kind = NAMED_FIELDS.get(e.field());
                for (String v : new String[] {e.oldValue(), e.newValue()}) {
                    if (v == null) {
                        continue;
                    }
                    if (kind != null) {
                        codes.get(kind).add(v);
                    } else if (UNIT_LIST_FIELD.equals(e.field())) {
                        codes.get(Kind.UNIT).addAll(splitList(v));
                    } else if (TAKE_OVER_FIELDS.contains(e.field())) {
                        codes.get(Kind.UNIT).add(v.split("\\|", 2)[0]);
                    }
                }
            }
        }
        Map<Kind, Map<String, String>> found = new EnumMap<>(Kind.class);
        codes.forEach((kind, set) -> found.put(kind, named(kind, set, locale)));
        return new Names(found);
    }

    private Map<String, String> named(Kind kind, Collection<String> codes, Locale locale) {
        Map<String, String> all = new HashMap<>();
        if (codes.isEmpty()) {
            return all;
        }
        for (AuditNames n : names.getOrDefault(kind, List.of())) {
            all.putAll(n.names(codes, locale));
        }
        return all;
    }

    private record Names(Map<Kind, Map<String, String>> byKind) {
        String of(Kind kind, String code) {
            return byKind.getOrDefault(kind, Map.of()).getOrDefault(code, code);
        }
    }
}
