package org.parsteering.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Period;
import org.parsteering.dashboard.DashboardService;
import org.parsteering.dossier.FigureService;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.RunResult;
import org.parsteering.report.QuarterReportService;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues 5 and 6 at province scale (1,000 units, 20,000 assignments, 1,000,000 dossiers; the data sets of
 * {@link TaskBoardBenchmark} and {@link FigureBenchmark}, shared in {@code par_bench}): a full run of every
 * reminder rule beside the figure queries it reads (target ≤ 3×); the committee dashboard's server time, cold
 * (data just changed: every figure computed) and warm (target ≤ 100 ms); the quarterly XLSX and PDF; the live
 * heap per open dashboard UI over 100 sessions after a full GC (target ≤ 300 KB). Prints figures, asserts none.
 */
class RemindersAndDashboardBenchmark extends KaribuTest {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 2);
    static final Period QUARTER = Period.quarterOf(LocalDate.of(2024, 12, 31));

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ReminderService reminders;

    @Autowired
    org.parsteering.reminder.ReminderRunService ruleRuns;

    @Autowired
    FigureService figures;

    @Autowired
    DashboardService dashboards;

    @Autowired
    QuarterReportService reports;

    JdbcTemplate jdbc;

    int runs = Integer.getInteger("benchmark.runs", 7);
    int warmup = Integer.getInteger("benchmark.warmup", 2);

    @Test
    void reminder_run_dashboard_and_reports_at_province_scale() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.queryForObject("select version()", String.class);
        assumeTrue(
                "true".equals(System.getProperty("benchmark"))
                        && product.toLowerCase().contains("mariadb"),
                "the benchmark runs only with -Dbenchmark=true on MariaDB");
        clock.set(TODAY.atTime(9, 0).atZone(clock.getZone()).toInstant());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        new BenchmarkData(jdbc, tx, TODAY).ensure();
        new FigureBenchmarkData(jdbc, tx).ensure();
        jdbc.queryForList("ANALYZE TABLE unit, assignment, task, dossier, signature_report");
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "reminders and dashboard benchmark — %s; units %d, assignments %d, dossiers %d; %d CPUs, load %s%n",
                product,
                count("select count(*) from unit"),
                count("select count(*) from assignment"),
                count("select count(*) from dossier"),
                Runtime.getRuntime().availableProcessors(),
                Arrays.toString(loadAverage())));

        if ("heap".equals(System.getProperty("benchmark.only"))) {
            as("committee", () -> dashboards.committee(QUARTER, Locale.ENGLISH));
            out.append(as(
                    "committee",
                    () -> org.parsteering.dashboard.ui.DashboardHeapProbe.measure(
                            100,
                            QUARTER,
                            context.getBean(DashboardService.class),
                            context.getBean(org.parsteering.index.IndexResultService.class),
                            context.getBean(org.parsteering.security.CurrentUser.class),
                            context.getBean(org.parsteering.calendar.PeriodLockService.class))));
            System.out.println(out);
            return;
        }
        // 1. Reminder rules: the first run raises everything; then steady-state runs (nothing new).
        long t0 = System.nanoTime();
        RunResult first = as("committee", () -> ruleRuns.run("benchmark"));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        out.append(String.format(
                "first full run: %.0f ms (%d raised, %d resolved, %d escalated)%n",
                firstMs, first.raised(), first.resolved(), first.escalated()));
        double[] run = time(() -> {
            coldFigures();
            return as("committee", () -> ruleRuns.run("benchmark"));
        });
        LocalDate quarterStart = Period.quarterOf(TODAY).from();
        LocalDate monthStart = TODAY.withDayOfMonth(1).minusMonths(1);
        double[] figureQueries = time(() -> {
            coldFigures();
            return as("committee", () -> {
                figures.figures(quarterStart, quarterStart.plusMonths(3).minusDays(1), null, null);
                figures.figures(monthStart, monthStart.plusMonths(1).minusDays(1), null, null);
                return figures.overduePending(20);
            });
        });
        out.append(row("full rule run (steady state, figures cold)", run));
        out.append(row("its figure queries alone (quarter, month, overdue)", figureQueries));
        out.append(
                String.format("ratio run / figure queries: %.2f (target ≤ 3)%n", median(run) / median(figureQueries)));

        // 2. Committee dashboard: cold (data changed, every figure computed) and warm.
        double[] cold = time(() -> {
            coldFigures();
            return as("committee", () -> dashboards.committee(QUARTER, Locale.ENGLISH));
        });
        double[] warm = time(() -> as("committee", () -> dashboards.committee(QUARTER, Locale.ENGLISH)));
        out.append(row("committee dashboard, cold (after a data change)", cold));
        out.append(row("committee dashboard, warm (target ≤ 100 ms)", warm));
        org.parsteering.plan.CompletionService completion =
                context.getBean(org.parsteering.plan.CompletionService.class);
        double[] completionOnly = time(
                () -> as("committee", () -> completion.completion(QUARTER.from(), QUARTER.to(), null, Locale.ENGLISH)));
        double[] remindersOnly = time(() -> as("committee", () -> {
            reminders.count(new org.parsteering.reminder.ReminderFilter(
                    java.util.Set.of(org.parsteering.reminder.ReminderState.OPEN), null, null));
            reminders.count(new org.parsteering.reminder.ReminderFilter(
                    java.util.Set.of(org.parsteering.reminder.ReminderState.ESCALATED), null, null));
            return completion.dueWithin(14, null, 20);
        }));
        out.append(row("  of which: task completion aggregates", completionOnly));
        out.append(row("  of which: reminder counts and tasks due", remindersOnly));

        // 3. Reports.
        double[] xlsx = time(() -> as("committee", () -> reports.xlsx(QUARTER, Locale.forLanguageTag("vi"))));
        double[] pdf = time(() -> as("committee", () -> reports.pdf(QUARTER, Locale.forLanguageTag("vi"))));
        out.append(row("quarterly report XLSX", xlsx));
        out.append(row("quarterly report PDF", pdf));

        // 4. Heap per open dashboard: 100 UIs built as a browser would (Karibu), measured after a full GC.
        out.append(as(
                "committee",
                () -> org.parsteering.dashboard.ui.DashboardHeapProbe.measure(
                        100,
                        QUARTER,
                        context.getBean(DashboardService.class),
                        context.getBean(org.parsteering.index.IndexResultService.class),
                        context.getBean(org.parsteering.security.CurrentUser.class),
                        context.getBean(org.parsteering.calendar.PeriodLockService.class))));

        System.out.println(out);
        Path file = Path.of("target/benchmark/reminders-dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** A data change as an import makes it: the figures cache starts over. */
    void coldFigures() {
        jdbc.update(
                "update data_version set token = ? where name = 'figures'",
                UUID.randomUUID().toString());
    }

    private double[] time(Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    static double p90(double[] sorted) {
        return sorted[(int) Math.ceil(sorted.length * 0.9) - 1];
    }

    private static String row(String what, double[] ms) {
        return String.format("%-55s median %8.1f ms   p90 %8.1f ms%n", what, median(ms), p90(ms));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
        } catch (Exception e) {
            return new double[] {ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()};
        }
    }
}
