package org.parsteering.dossier;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parsteering.base.CsvFile;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;
import org.parsteering.unit.UnitType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The procedure catalogue ({@code demo/procedures.csv}), the dossiers of the seed period ({@code
 * demo/dossier-buckets.csv}, which explains the plan of numbers) and the leaders' signature reports of its
 * complete months (SPEC 8), loaded through the three imports so that the dashboard shows the seed article's
 * figures exactly. The random numbers (fixed seed) only choose units, procedures, days inside a bucket's windows
 * and Y/N details, never a count. Dossiers still pending at the end of the seed period are completed in the
 * weeks after it (before the day the demo is created), so no later period inherits them.
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoDossiers extends DemoData {

    /** How the dossiers of one bucket end. */
    enum Outcome {
        ON_TIME,
        LATE,
        PENDING_ON_TIME,
        PENDING_OVERDUE;

        boolean pending() {
            return this == PENDING_ON_TIME || this == PENDING_OVERDUE;
        }

        boolean late() {
            return this == LATE || this == PENDING_OVERDUE;
        }
    }

    /** {@code count} dossiers alike: one row of {@code demo/dossier-buckets.csv}. */
    record Bucket(
            UnitType unitType,
            Channel channel,
            int count,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            Outcome outcome,
            LocalDate pendingOn,
            LocalDate completedFrom,
            LocalDate completedTo,
            int none,
            int partial,
            double resultsDigitized,
            double resultsSigned,
            double paidOnline) {}

    record Procedure(String code, String name, ProcedureLevel level, OnlineLevel online, boolean fee, int days) {}

    record Row(
            String unit,
            Procedure procedure,
            Channel channel,
            LocalDate received,
            LocalDate due,
            LocalDate completed,
            Components components,
            boolean resultDigitized,
            boolean resultSigned,
            boolean paidOnline) {}

    /** The three files of the seed, read for the day the demo is created. */
    record Seed(List<Procedure> procedures, List<Bucket> buckets, DemoCalendar calendar) {

        static Seed read(LocalDate today) {
            return new Seed(DemoDossiers.procedures(today), DemoDossiers.buckets(today), DemoCalendar.read(today));
        }

        LocalDate firstDay() {
            return buckets.stream()
                    .map(Bucket::receivedFrom)
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
        }

        /** The day the seed's data stops: nothing is received after it. */
        LocalDate lastDay() {
            return buckets.stream()
                    .map(Bucket::receivedTo)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    private final ProcedureImportService procedureImport;
    private final DossierImportService dossierImport;
    private final SignatureImportService signatureImport;
    private final UnitService units;
    private final Clock clock;

    DemoDossiers(
            ProcedureImportService procedureImport,
            DossierImportService dossierImport,
            SignatureImportService signatureImport,
            UnitService units,
            Clock clock) {
        super("dossiers-2024", 40);
        this.procedureImport = procedureImport;
        this.dossierImport = dossierImport;
        this.signatureImport = signatureImport;
        this.units = units;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        Seed seed = Seed.read(today);
        List<UnitSummary> active = units.activeDuring(seed.firstDay(), seed.lastDay());
        Generator g = new Generator(codes(active, UnitType.COMMUNE), seed, today);
        procedureImport.importFile(g.procedureCsv(), "procedures.csv");
        dossierImport.importFile(utf8(g.dossierCsv()), "dossiers.csv");
        signatureImport.importFile(
                utf8(g.signatureCsv(
                        codes(active, UnitType.DISTRICT),
                        codes(active, UnitType.DEPARTMENT),
                        codes(active, UnitType.COMMUNE))),
                "signatures.csv");
    }

    private static List<String> codes(List<UnitSummary> units, UnitType type) {
        return units.stream()
                .filter(u -> u.type() == type)
                .map(UnitSummary::code)
                .sorted()
                .toList();
    }

    private static byte[] utf8(String csv) {
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    static List<Procedure> procedures(LocalDate today) {
        var file = DemoFile.read(
                "procedures.csv", today, "procedure_code,name,level,online_level,fee_required,working_days");
        return file.rows().stream()
                .map(r -> new Procedure(
                        r.text("procedure_code"),
                        r.text("name"),
                        r.choice("level", ProcedureLevel.class),
                        r.choice("online_level", OnlineLevel.class),
                        r.yes("fee_required"),
                        r.number("working_days")))
                .toList();
    }

    static List<Bucket> buckets(LocalDate today) {
        var file = DemoFile.read(
                "dossier-buckets.csv",
                today,
                "unit_type,channel,count,received_from,received_to,outcome,pending_on,completed_from,completed_to,"
                        + "components_none,components_partial,results_digitized,results_signed,paid_online");
        List<Bucket> buckets = new ArrayList<>();
        for (DemoFile.Row r : file.rows()) {
            Outcome outcome = r.choice("outcome", Outcome.class);
            Bucket b = new Bucket(
                    r.choice("unit_type", UnitType.class),
                    r.choice("channel", Channel.class),
                    r.number("count"),
                    r.date("received_from"),
                    r.date("received_to"),
                    outcome,
                    outcome.pending() ? r.date("pending_on") : r.optionalDate("pending_on"),
                    r.date("completed_from"),
                    r.date("completed_to"),
                    r.numberOrZero("components_none"),
                    r.numberOrZero("components_partial"),
                    r.decimal("results_digitized"),
                    r.decimal("results_signed"),
                    r.decimal("paid_online"));
            if (b.receivedTo().isBefore(b.receivedFrom()) || b.completedTo().isBefore(b.completedFrom())) {
                throw r.error("received_to", "a window ends before it starts");
            }
            if (b.none() + b.partial() > b.count()) {
                throw r.error("components_partial", "more dossiers with components not digitised than count");
            }
            if (outcome.pending() && !b.completedFrom().isAfter(b.pendingOn())) {
                throw r.error("completed_from", "a pending dossier is completed after pending_on");
            }
            buckets.add(b);
        }
        return List.copyOf(buckets);
    }

    /** Builds the three import files; one instance, one fixed seed, the same text for the same day. */
    static final class Generator {

        private static final DateTimeFormatter CODE_DATE = DateTimeFormatter.ofPattern("yyMMdd");

        private final Random rnd = new Random(20_240_503L);
        private final Seed seed;
        private final DemoCalendar calendar;
        private final LocalDate today;
        private final List<String> communes;
        private final double[] volumeWeights;
        private final double[] lateWeights;

        Generator(List<String> communes, Seed seed, LocalDate today) {
            if (communes.isEmpty()) {
                throw new IllegalStateException("the demo dossiers need the demo communes");
            }
            this.communes = communes;
            this.seed = seed;
            this.calendar = seed.calendar();
            this.today = today;
            // The town and a few large communes receive more; a third of the communes are late more often.
            volumeWeights = new double[communes.size()];
            lateWeights = new double[communes.size()];
            for (int i = 0; i < communes.size(); i++) {
                volumeWeights[i] = communes.get(i).equals("XA-DOLUONG-TT") ? 4.0 : 1.0 + ((i * 7) % 5) * 0.25;
                lateWeights[i] = volumeWeights[i] * (i % 3 == 1 ? 4.0 : 1.0);
            }
        }

        byte[] procedureCsv() {
            return CsvFile.write(
                    List.of("procedure_code", "name", "level", "online_level", "fee_required"),
                    seed.procedures().stream()
                            .map(p -> List.of(p.code(), p.name(), p.level(), p.online(), yn(p.fee())))
                            .toList());
        }

        List<Row> dossiers() {
            List<Row> rows = new ArrayList<>();
            for (Bucket bucket : seed.buckets()) {
                for (int i = 0; i < bucket.count(); i++) {
                    Components components = i < bucket.none()
                            ? Components.NONE
                            : i < bucket.none() + bucket.partial() ? Components.PARTIAL : Components.FULL;
                    rows.add(dossier(bucket, components));
                }
            }
            rows.sort(Comparator.comparing(Row::received).thenComparing(Row::unit));
            return rows;
        }

        String dossierCsv() {
            StringBuilder csv = new StringBuilder("dossier_code,unit_code,procedure_code,channel,received_on,due_on,"
                    + "completed_on,components_digitized,result_digitized,result_signed,fee_required,paid_online\n");
            Map<String, Integer> sequence = new HashMap<>();
            for (Row r : dossiers()) {
                String day = r.unit() + "-" + CODE_DATE.format(r.received());
                int n = sequence.merge(day, 1, Integer::sum);
                boolean done = r.completed() != null;
                csv.append(String.join(
                                ",",
                                day + "-" + String.format("%04d", n),
                                r.unit(),
                                r.procedure().code(),
                                r.channel().name(),
                                r.received().toString(),
                                r.due().toString(),
                                done ? r.completed().toString() : "",
                                r.components().name(),
                                done ? yn(r.resultDigitized()) : "",
                                done ? yn(r.resultSigned()) : "",
                                yn(r.procedure().fee()),
                                yn(r.paidOnline())))
                        .append('\n');
            }
            return csv.toString();
        }

        private Row dossier(Bucket b, Components components) {
            String unit = switch (b.unitType()) {
                case COMMUNE -> communes.get(pick(b.outcome().late() ? lateWeights : volumeWeights));
                case DISTRICT -> "DISTRICT";
                default -> throw new IllegalStateException("demo dossiers go to the district or the communes: " + b);
            };
            ProcedureLevel level = b.unitType() == UnitType.DISTRICT ? ProcedureLevel.DISTRICT : ProcedureLevel.COMMUNE;
            List<Procedure> pool = seed.procedures().stream()
                    .filter(p -> p.level() == level)
                    .filter(p -> b.channel() != Channel.ONLINE || p.online() != OnlineLevel.NONE)
                    .toList();
            // Popular procedures take most dossiers; if the chosen one cannot end as the bucket says
            // (say, due too late to be late by the end of the window), the next one in the catalogue is taken.
            int start = (int) (pool.size() * Math.pow(rnd.nextDouble(), 3));
            for (int k = 0; k < pool.size(); k++) {
                Procedure p = pool.get((start + k) % pool.size());
                List<LocalDate> days = calendar.workingDays(b.receivedFrom(), b.receivedTo()).stream()
                        .filter(r -> feasible(b, r, calendar.plus(r, p.days())))
                        .toList();
                if (!days.isEmpty()) {
                    LocalDate received = days.get(rnd.nextInt(days.size()));
                    return row(b, unit, p, received, components);
                }
            }
            throw new IllegalStateException("no procedure fits " + b);
        }

        private boolean feasible(Bucket b, LocalDate received, LocalDate due) {
            return switch (b.outcome()) {
                case PENDING_ON_TIME -> !due.isBefore(b.pendingOn());
                case PENDING_OVERDUE -> due.isBefore(b.pendingOn());
                case ON_TIME, LATE -> completionRange(b, received, due) != null;
            };
        }

        /** The working days a dossier of an ON_TIME or LATE bucket may be completed on, or null if none. */
        private LocalDate[] completionRange(Bucket b, LocalDate received, LocalDate due) {
            LocalDate lo;
            LocalDate hi = calendar.onOrBefore(b.completedTo());
            if (b.outcome() == Outcome.ON_TIME) {
                lo = calendar.onOrAfter(max(received, b.completedFrom()));
                hi = min(hi, due);
            } else {
                lo = calendar.onOrAfter(max(calendar.plus(due, 1), b.completedFrom()));
            }
            return lo.isAfter(hi) ? null : new LocalDate[] {lo, hi};
        }

        private Row row(Bucket b, String unit, Procedure p, LocalDate received, Components components) {
            LocalDate due = calendar.plus(received, p.days());
            LocalDate completed = b.outcome().pending() ? later(b, due) : completed(b, p, received, due);
            boolean digitized = completed == null || rnd.nextDouble() < b.resultsDigitized();
            boolean signed = rnd.nextDouble() < b.resultsSigned();
            boolean paid = p.fee() && rnd.nextDouble() < b.paidOnline();
            return new Row(unit, p, b.channel(), received, due, completed, components, digitized, signed, paid);
        }

        private LocalDate completed(Bucket b, Procedure p, LocalDate received, LocalDate due) {
            LocalDate[] range = completionRange(b, received, due);
            LocalDate wish = b.outcome() == Outcome.ON_TIME
                    ? calendar.plus(received, rnd.nextInt(p.days() + 1))
                    : calendar.plus(range[0], rnd.nextInt(5));
            return min(max(wish, range[0]), range[1]);
        }

        /**
         * The completion of a dossier still pending on the bucket's {@code pending_on}: a working day of the
         * bucket's completion window before today (on time where the due date allows), or none when the demo is
         * created before the window starts.
         */
        private LocalDate later(Bucket b, LocalDate due) {
            LocalDate lo = calendar.onOrAfter(b.completedFrom());
            LocalDate hi = min(calendar.onOrBefore(b.completedTo()), calendar.onOrBefore(today.minusDays(1)));
            if (lo.isAfter(hi)) {
                return null;
            }
            LocalDate last = b.outcome() == Outcome.PENDING_ON_TIME && !due.isBefore(lo) ? min(hi, due) : hi;
            List<LocalDate> days = calendar.workingDays(lo, last);
            return days.get(rnd.nextInt(Math.min(days.size(), 5)));
        }

        private int pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double x = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        /**
         * Monthly signature reports for each complete month of the seed period: the district office and the
         * departments mostly above the 90 % threshold (one department below), the communes mostly 60–88 % (every
         * ninth above 90 %).
         */
        String signatureCsv(List<String> districts, List<String> departments, List<String> communeCodes) {
            StringBuilder csv = new StringBuilder("unit_code,month,documents_issued,documents_signed\n");
            YearMonth first = YearMonth.from(seed.firstDay());
            YearMonth last = YearMonth.from(seed.lastDay()).minusMonths(1);
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                int m = (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS) + 1;
                for (String unit : districts) {
                    report(csv, unit, month, 150 + rnd.nextInt(100), 0.95 + rnd.nextDouble() * 0.04);
                }
                for (int i = 0; i < departments.size(); i++) {
                    double rate = i == 5 ? 0.80 + rnd.nextDouble() * 0.08 : 0.91 + rnd.nextDouble() * 0.08;
                    report(csv, departments.get(i), month, 30 + rnd.nextInt(60), rate);
                }
                for (int i = 0; i < communeCodes.size(); i++) {
                    // slowly better over the months, the low ones staying below 88 %
                    double rate =
                            i % 9 == 0 ? 0.91 + rnd.nextDouble() * 0.07 : 0.60 + rnd.nextDouble() * 0.25 + 0.0075 * m;
                    report(csv, communeCodes.get(i), month, 40 + rnd.nextInt(80), rate);
                }
            }
            return csv.toString();
        }

        static void report(StringBuilder csv, String unit, YearMonth month, int issued, double rate) {
            csv.append(String.join(",", unit, month.toString(), String.valueOf(issued), String.valueOf((int)
                            Math.floor(issued * rate))))
                    .append('\n');
        }

        private static String yn(boolean value) {
            return value ? "Y" : "N";
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}
