package org.parsteering.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;

/**
 * The dossiers and leaders' signature reports of every active unit of today (SPEC 8: the province, its departments
 * and the 130 commune-level units) from the day the two-tier structure began (1 July 2025) up to the day before
 * the demo is created, as the dossier and signature imports read them. Only counts, never real people.
 *
 * <p>The catalogue is the 2024 one kept by the province: since 1 July 2025 the communes and wards settle the
 * commune-level procedures ({@code TTHC-X-…}) and most former district-level ones ({@code TTHC-H-…}); the
 * provincial departments and the provincial Public Administration Service Centre take the former district-level
 * codes for the procedures they settle.
 *
 * <p>Each unit has its own traits, drawn from its code (so they do not move when the list of units changes):
 * a few are slow (more late dossiers, some still pending past their due date today), a few are paper-bound
 * (components digitised below 90 %), some take fees mostly in cash (online payment below 30 %), and a quarter of
 * the leaders sign below 90 % digitally; everybody gets a little better month by month, so trends show. A dossier
 * is never pending for more than {@link DemoRecentActivity#PENDING_AT_MOST}, and only slow units have overdue
 * pending ones.
 */
final class TodayActivity {

    /** The unit whose dossiers make the demo's head of Lương Sơn (head.baison, head.luongson) chase them. */
    static final String SLOW_ON_PURPOSE = "XA-LUONGSON";

    /** The Department of Home Affairs, whose last month's signature rate dips below the threshold. */
    static final String DIP_ON_PURPOSE = "SO-NOIVU";

    private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String DOSSIER_HEADER =
            "dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,components_digitized,"
                    + "result_digitized,result_signed,fee_required,paid_online\n";

    /** What a unit is like: drawn once from its code. */
    record Traits(boolean slow, boolean paperBound, boolean cashOnly, boolean lowSignatures, double volume) {

        static Traits of(UnitSummary unit) {
            Random r = new Random(unit.code().hashCode() * 31L + 2025);
            boolean slow = r.nextDouble() < 0.12 || unit.code().equals(SLOW_ON_PURPOSE);
            boolean paperBound = r.nextDouble() < 0.08;
            boolean cashOnly = r.nextDouble() < 0.2;
            boolean lowSignatures = r.nextDouble() < 0.25;
            double size = 0.6 + r.nextDouble() * 0.8;
            double monthly = switch (unit.type()) {
                case WARD -> 22;
                case COMMUNE, SPECIAL_ZONE -> 12;
                case PROVINCE -> 3;
                case DISTRICT -> 0;
                case DEPARTMENT ->
                    switch (unit.code()) {
                        case "TTPVHCC" -> 55;
                        case "CA-TINH" -> 25;
                        default -> 5;
                    };
            };
            return new Traits(slow, paperBound, cashOnly, lowSignatures, monthly * size);
        }
    }

    private final List<UnitSummary> units;
    private final List<DemoDossiers.Procedure> communeProcedures;
    private final List<DemoDossiers.Procedure> districtProcedures;
    private final DemoCalendar calendar;
    private final LocalDate first;
    private final LocalDate today;
    private final Random rnd = new Random(20_250_701L);

    /**
     * @param units the active units of today, any order
     * @param first the first day of the two-tier structure
     */
    TodayActivity(
            List<UnitSummary> units,
            List<DemoDossiers.Procedure> procedures,
            DemoCalendar calendar,
            LocalDate first,
            LocalDate today) {
        this.units = units.stream()
                .filter(u -> u.type() != UnitType.DISTRICT)
                .sorted(java.util.Comparator.comparing(UnitSummary::code))
                .toList();
        this.communeProcedures = procedures.stream()
                .filter(p -> p.level() == ProcedureLevel.COMMUNE)
                .toList();
        this.districtProcedures = procedures.stream()
                .filter(p -> p.level() == ProcedureLevel.DISTRICT)
                .toList();
        this.calendar = calendar;
        this.first = first;
        this.today = today;
    }

    /** The dossiers, or null when the structure began today or later. */
    String dossierCsv() {
        LocalDate last = today.minusDays(1);
        List<LocalDate> days = calendar.workingDays(first, last);
        if (days.isEmpty()) {
            return null;
        }
        LocalDate pendingSince = today.minus(DemoRecentActivity.PENDING_AT_MOST);
        double months = Math.max(1, days.size() / 21.0);
        StringBuilder csv = new StringBuilder(DOSSIER_HEADER);
        for (UnitSummary unit : units) {
            Traits t = Traits.of(unit);
            int count = (int) Math.round(t.volume() * months);
            List<LocalDate> received = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                received.add(days.get(rnd.nextInt(days.size())));
            }
            received.sort(null);
            Map<LocalDate, Integer> sequence = new HashMap<>();
            for (LocalDate day : received) {
                int n = sequence.merge(day, 1, Integer::sum);
                // 0 at the start of the period, 1 at its end: everybody improves a little
                double progress = (day.toEpochDay() - first.toEpochDay()) / (double) Math.max(1, days.size() * 1.45);
                dossier(csv, unit, t, day, n, Math.min(1, progress), pendingSince);
            }
        }
        return csv.toString();
    }

    private void dossier(
            StringBuilder csv,
            UnitSummary unit,
            Traits t,
            LocalDate received,
            int n,
            double progress,
            LocalDate since) {
        boolean communeLevel = unit.type().isCommuneLevel();
        List<DemoDossiers.Procedure> pool =
                communeLevel && rnd.nextDouble() < 0.7 ? communeProcedures : districtProcedures;
        DemoDossiers.Procedure p = pool.get((int) (pool.size() * Math.pow(rnd.nextDouble(), 3)));
        LocalDate due = calendar.plus(received, p.days());
        double lateShare = (t.slow() ? 0.16 : 0.025) * (1.3 - 0.6 * progress);
        LocalDate completed = rnd.nextDouble() < lateShare
                ? calendar.plus(due, 1 + rnd.nextInt(8))
                : calendar.plus(received, rnd.nextInt(p.days() + 1));
        LocalDate yesterday = calendar.onOrBefore(today.minusDays(1));
        if (!completed.isBefore(today)) {
            boolean overdue = due.isBefore(today);
            boolean recent = !received.isBefore(since);
            if (!recent || (overdue && !(t.slow() && rnd.nextDouble() < 0.6))) {
                completed = yesterday; // never pending for long; only slow units keep overdue ones
            } else {
                completed = null;
            }
        }
        boolean online = p.online() != OnlineLevel.NONE && rnd.nextDouble() < 0.62 + 0.25 * progress;
        double r = rnd.nextDouble();
        Components components = t.paperBound()
                ? (r < 0.55 ? Components.FULL : r < 0.8 ? Components.PARTIAL : Components.NONE)
                : (r < 0.95 ? Components.FULL : r < 0.995 ? Components.PARTIAL : Components.NONE);
        boolean paid = p.fee() && rnd.nextDouble() < (t.cashOnly() ? 0.12 : 0.4 + 0.3 * progress);
        boolean done = completed != null;
        boolean digitized = rnd.nextDouble() < (t.paperBound() ? 0.8 : 0.98);
        boolean signed = rnd.nextDouble() < 0.93;
        csv.append(unit.code())
                .append('-')
                .append(CODE_DATE.format(received))
                .append('-')
                .append(String.format("%04d", n))
                .append(',')
                .append(unit.code())
                .append(',')
                .append(p.code())
                .append(',')
                .append(online ? "ONLINE" : rnd.nextDouble() < 0.9 ? "IN_PERSON" : "POSTAL")
                .append(',')
                .append(received)
                .append(',')
                .append(due)
                .append(',')
                .append(done ? completed.toString() : "")
                .append(',')
                .append(components.name())
                .append(',')
                .append(done ? yn(digitized) : "")
                .append(',')
                .append(done ? yn(signed) : "")
                .append(',')
                .append(yn(p.fee()))
                .append(',')
                .append(yn(paid))
                .append('\n');
    }

    /** The signature reports of every complete month since the structure began, or null when there is none. */
    String signatureCsv() {
        YearMonth start = YearMonth.from(first);
        YearMonth last = YearMonth.from(today).minusMonths(1);
        if (last.isBefore(start)) {
            return null;
        }
        StringBuilder csv = new StringBuilder("unit_code,month,documents_issued,documents_signed\n");
        int months = (int) start.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        for (YearMonth month = start; !month.isAfter(last); month = month.plusMonths(1)) {
            int m = (int) start.until(month, java.time.temporal.ChronoUnit.MONTHS);
            double progress = months <= 1 ? 1 : m / (double) (months - 1);
            for (UnitSummary unit : units) {
                Traits t = Traits.of(unit);
                int issued = switch (unit.type()) {
                    case PROVINCE -> 200 + rnd.nextInt(120);
                    case DEPARTMENT -> 40 + rnd.nextInt(120);
                    default -> 50 + rnd.nextInt(100);
                };
                double rate;
                if (unit.code().equals(DIP_ON_PURPOSE) && month.equals(last)) {
                    rate = 0.86;
                } else if (t.lowSignatures()) {
                    rate = Math.min(0.89, 0.7 + 0.1 * progress + rnd.nextDouble() * 0.08);
                } else {
                    rate = 0.91 + rnd.nextDouble() * 0.08;
                }
                DemoDossiers.Generator.report(csv, unit.code(), month, issued, rate);
            }
        }
        return csv.toString();
    }

    private static String yn(boolean value) {
        return value ? "Y" : "N";
    }
}
