package org.parsteering.benchmark;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parsteering.base.SearchText;
import org.parsteering.plan.BoardFilter;
import org.parsteering.plan.TaskCard;
import org.parsteering.plan.TaskDetail;
import org.parsteering.plan.TaskService;
import org.parsteering.plan.TaskStatus;
import org.parsteering.plan.ui.TaskBoardView;
import org.parsteering.plan.ui.TaskDetailView;
import org.parsteering.support.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Server-side time of the task board and the task page on a MariaDB holding 1,000 extra units and 20,000
 * assignments (the performance issue), each beside the bare SQL behind it. Prints figures only: the
 * machine is shared and noisy, so nothing here asserts a time. See docs/PERFORMANCE.md for the command.
 *
 * <p>Runs only with {@code -Dbenchmark=true} on MariaDB; surefire leaves {@code *Benchmark} out of the
 * normal test run.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dbenchmark=true -Pmariadb (docs/PERFORMANCE.md)")
class TaskBoardBenchmark extends KaribuTest {

    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 15);
    private static final int COLUMN_PAGE = 25;
    private static final int GRID_PAGE = 50;

    @Autowired
    TaskService tasks;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private JdbcTemplate jdbc;
    private BoardSql sql;
    private Statistics statistics;

    /** One measured operation: the service (or view) and, if any, the bare SQL behind it. */
    private record Row(String name, Stats service, Stats bare) {}

    /** Timed runs; JDBC statements and database round trips (all commands the server got) of one run. */
    private record Stats(long[] nanos, int statements, int roundTrips) {

        double median() {
            return percentile(0.5);
        }

        double p90() {
            return percentile(0.9);
        }

        private double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            if (p == 0.5 && sorted.length % 2 == 0) {
                return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2e6;
            }
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    @Test
    @WithUserDetails("committee")
    void task_board_and_task_page_with_20000_assignments() throws Exception {
        String database = BenchmarkMachine.product(dataSource);
        assumeTrue(
                "true".equals(System.getProperty("benchmark"))
                        && database.toLowerCase().contains("mariadb"),
                "the benchmark runs only with -Dbenchmark=true on MariaDB (-Pmariadb), not on " + database);

        jdbc = new JdbcTemplate(dataSource);
        sql = new BoardSql(jdbc);
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long q0 = questions();
        questionsOverhead = questions() - q0;
        LocalDate today = LocalDate.now(clock);

        BenchmarkData data = new BenchmarkData(jdbc, new TransactionTemplate(transactionManager), today);
        double generated = data.ensure();
        // Fresh statistics whether the data set was made now or found, so that the plans are stable.
        jdbc.queryForList("ANALYZE TABLE unit, plan_field, task, assignment, progress_report");
        Map<String, Long> counts = data.counts();

        // What the scenarios look at: the busiest BM unit, and a BM task with 3 assignments and most reports.
        long planId = jdbc.queryForObject("select id from plan where is_current = true", Long.class);
        String unitCode = jdbc.queryForObject(
                "select u.code from unit u join assignment a on a.unit_id = u.id where u.code like 'BM-U%'"
                        + " group by u.code order by count(*) desc, u.code limit 1",
                String.class);
        long unitId = jdbc.queryForObject("select id from unit where code = ?", Long.class, unitCode);
        long tthcId = jdbc.queryForObject(
                "select id from plan_field where plan_id = ? and code = 'TTHC'", Long.class, planId);
        String taskCode = jdbc.queryForObject(
                "select t.code from task t join assignment a on a.task_id = t.id"
                        + " left join progress_report r on r.assignment_id = a.id where t.code like 'BM-T%'"
                        + " group by t.code having count(distinct a.id) = 3 order by count(r.id) desc, t.code"
                        + " limit 1",
                String.class);
        long taskId = jdbc.queryForObject("select id from task where code = ?", Long.class, taskCode);
        String text = "số hóa";

        Set<TaskStatus> all = EnumSet.allOf(TaskStatus.class);
        BoardFilter noFilter = BoardFilter.all();
        BoardFilter unitOverdue = new BoardFilter(null, unitCode, null, null, true, "");
        BoardFilter fieldYear = new BoardFilter("TTHC", null, 2024, null, false, "");
        BoardFilter textFilter = new BoardFilter(null, null, null, null, false, text);
        BoardSql.Where whereAll = new BoardSql.Where(planId, null, null, null, null, all, null, "");
        BoardSql.Where whereUnitOverdue = new BoardSql.Where(planId, null, unitId, null, null, all, today, "");
        BoardSql.Where whereFieldYear = new BoardSql.Where(
                planId, tthcId, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), all, null, "");
        BoardSql.Where whereText = new BoardSql.Where(planId, null, null, null, null, all, null, SearchText.like(text));

        // The bare SQL must return what the service returns, or the comparison means nothing.
        as("committee", () -> {
            checkSameAsService(noFilter, whereAll);
            checkSameAsService(unitOverdue, whereUnitOverdue);
            checkSameAsService(fieldYear, whereFieldYear);
            checkSameAsService(textFilter, whereText);
            TaskDetail detail = tasks.detail(taskCode).orElseThrow();
            assertThat(detail.assignments()).hasSize(3);
            assertThat(sql.read(BoardSql.detailReports(taskId)))
                    .isEqualTo(detail.history().size());
        });
        int detailReports = sql.read(BoardSql.detailReports(taskId));

        String loadBefore = BenchmarkMachine.loadAverage();
        List<Row> rows = new ArrayList<>();
        as("committee", () -> {
            rows.add(compare(
                    "board, first page (counts + 5 columns x 25)",
                    () -> boardService(noFilter),
                    () -> boardSql(whereAll, BoardSql.Variant.LEFT_JOIN)));
            rows.add(compare(
                    "grid, first page (50 rows + count)",
                    () -> {
                        int n = tasks.cards(noFilter, PageRequest.of(0, GRID_PAGE))
                                .size();
                        return n + (int) tasks.count(noFilter);
                    },
                    () -> gridSql(whereAll, BoardSql.Variant.LEFT_JOIN)));
            rows.add(compare(
                    "filter: unit " + unitCode + " + overdue (board)",
                    () -> boardService(unitOverdue),
                    () -> boardSql(whereUnitOverdue, BoardSql.Variant.LEFT_JOIN)));
            rows.add(compare(
                    "filter: field TTHC + year 2024 (board)",
                    () -> boardService(fieldYear),
                    () -> boardSql(whereFieldYear, BoardSql.Variant.LEFT_JOIN)));
            rows.add(compare(
                    "filter: text \"" + text + "\" (board)",
                    () -> boardService(textFilter),
                    () -> boardSql(whereText, BoardSql.Variant.LEFT_JOIN)));
            rows.add(compare(
                    "task detail " + taskCode + " (3 units, " + detailReports + " reports)",
                    () -> tasks.detail(taskCode).orElseThrow().history().size(),
                    () -> sql.read(BoardSql.detailTask(taskCode))
                            + sql.read(BoardSql.detailAssignments(taskId))
                            + sql.read(BoardSql.detailReports(taskId))));
        });

        // What-if, bare SQL only, schema as it is: the same work with LEFT JOINs, and with the whole proposal.
        List<WhatIf> whatIf = new ArrayList<>();
        whatIf.add(whatIf("board, first page", v -> boardSql(whereAll, v)));
        whatIf.add(whatIf("grid, first page", v -> gridSql(whereAll, v)));
        whatIf.add(whatIf("filter: unit + overdue", v -> boardSql(whereUnitOverdue, v)));
        whatIf.add(whatIf("filter: field + year", v -> boardSql(whereFieldYear, v)));
        whatIf.add(whatIf("filter: text", v -> boardSql(whereText, v)));

        // The real views, server side only (Karibu: no browser, no network, no JSON to the client).
        String detailLocation = "tasks/" + taskCode;
        String boardLocation = "tasks?status=CANCELLED";
        List<Row> views = new ArrayList<>();
        views.add(view("TaskBoardView: tasks", "tasks", detailLocation, false));
        views.add(view("TaskBoardView: tasks?view=grid", "tasks?view=grid", detailLocation, true));
        views.add(view(
                "TaskBoardView: tasks?unit=" + unitCode + "&overdue=true",
                "tasks?unit=" + unitCode + "&overdue=true",
                detailLocation,
                false));
        views.add(
                view("TaskBoardView: tasks?field=TTHC&year=2024", "tasks?field=TTHC&year=2024", detailLocation, false));
        views.add(view("TaskDetailView: " + detailLocation, detailLocation, boardLocation, false));

        List<String> explains = new ArrayList<>();
        explains.add(explain(
                "Board column (no filter, status DONE, first 25)",
                BoardSql.page(whereAll.withStatuses(EnumSet.of(TaskStatus.DONE)), 0, COLUMN_PAGE)));
        explains.add(explain("Column counts (no filter)", BoardSql.countByStatus(whereAll)));
        explains.add(explain(
                "Board column (unit " + unitCode + " + overdue, status IN_PROGRESS)",
                BoardSql.page(whereUnitOverdue.withStatuses(EnumSet.of(TaskStatus.IN_PROGRESS)), 0, COLUMN_PAGE)));
        explains.add(explain(
                "Board column (field TTHC + year 2024, status DONE)",
                BoardSql.page(whereFieldYear.withStatuses(EnumSet.of(TaskStatus.DONE)), 0, COLUMN_PAGE)));
        explains.add(explain("Column counts (text \"" + text + "\")", BoardSql.countByStatus(whereText)));
        explains.add(explain("Task detail: task by code", BoardSql.detailTask(taskCode)));
        explains.add(explain("Task detail: assignments", BoardSql.detailAssignments(taskId)));
        explains.add(explain("Task detail: progress reports", BoardSql.detailReports(taskId)));

        explains.add(explain(
                "What-if: board column (no filter, status DONE) with LEFT JOINs",
                BoardSql.page(
                        whereAll.withStatuses(EnumSet.of(TaskStatus.DONE)),
                        0,
                        COLUMN_PAGE,
                        BoardSql.Variant.LEFT_JOIN)));
        explains.add(explain(
                "What-if: grid page (no filter) with LEFT JOINs",
                BoardSql.page(whereAll, 0, GRID_PAGE, BoardSql.Variant.LEFT_JOIN)));
        explains.add(explain(
                "What-if: column counts (no filter), only the filters that are set",
                BoardSql.countByStatus(whereAll, BoardSql.Variant.PROPOSED)));
        String loadAfter = BenchmarkMachine.loadAverage();

        String report =
                report(generated, counts, today, rows, whatIf, views, explains, loadBefore + " -> " + loadAfter);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "task-board.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    // ---- scenarios ----

    /** What TaskBoardView.renderBoard does in board mode: the column counts, then 25 cards per column (no count each). */
    private int boardService(BoardFilter f) {
        Map<TaskStatus, Long> counts = tasks.countByStatus(f);
        int cards = 0;
        for (TaskStatus status : TaskStatus.values()) {
            if (f.statuses().contains(status)) {
                BoardFilter column = new BoardFilter(
                        f.fieldCode(), f.unitCode(), f.year(), EnumSet.of(status), f.overdueOnly(), f.text());
                cards += tasks.cards(column, PageRequest.of(0, COLUMN_PAGE)).size();
            }
        }
        return cards + counts.size();
    }

    /** The same in bare SQL; like Spring Data, a column's count runs only when its first page is full. */
    private int boardSql(BoardSql.Where w, BoardSql.Variant variant) {
        int n = sql.read(BoardSql.countByStatus(w, variant));
        for (TaskStatus status : TaskStatus.values()) {
            if (w.statuses().contains(status)) {
                BoardSql.Where column = w.withStatuses(EnumSet.of(status));
                if (variant != BoardSql.Variant.AS_IS) {
                    // what the code does since the benchmark's findings: a slice of 26 rows, no count per column
                    n += sql.read(BoardSql.page(column, 0, COLUMN_PAGE + 1, variant));
                    continue;
                }
                int rows = sql.read(BoardSql.page(column, 0, COLUMN_PAGE, variant));
                if (rows == COLUMN_PAGE) {
                    sql.single(BoardSql.count(column, variant));
                }
                n += rows;
            }
        }
        return n;
    }

    /**
     * What the grid's data provider asks for its first page: board() of 50 rows (a full page, so with its
     * count), and board() of 1 row for the grid's count callback (again a select and its count).
     */
    private int gridSql(BoardSql.Where w, BoardSql.Variant variant) {
        if (variant != BoardSql.Variant.AS_IS) {
            // the page, and one count for the grid's count callback
            return sql.read(BoardSql.page(w, 0, GRID_PAGE, variant)) + (int) sql.single(BoardSql.count(w, variant));
        }
        int n = sql.read(BoardSql.page(w, 0, GRID_PAGE, variant));
        n += (int) sql.single(BoardSql.count(w, variant));
        n += sql.read(BoardSql.page(w, 0, 1, variant));
        return n + (int) sql.single(BoardSql.count(w, variant));
    }

    /** The bare SQL, in every variant, returns the service's cards and counts, or comparing means nothing. */
    private void checkSameAsService(BoardFilter f, BoardSql.Where w) {
        Map<TaskStatus, Long> counts = tasks.countByStatus(f);
        for (TaskStatus status : TaskStatus.values()) {
            BoardFilter column = new BoardFilter(
                    f.fieldCode(), f.unitCode(), f.year(), EnumSet.of(status), f.overdueOnly(), f.text());
            List<String> service = tasks.cards(column, PageRequest.of(0, COLUMN_PAGE)).stream()
                    .map(TaskCard::code)
                    .toList();
            BoardSql.Where where = w.withStatuses(EnumSet.of(status));
            for (BoardSql.Variant variant : BoardSql.Variant.values()) {
                BoardSql.Statement page = BoardSql.page(where, 0, COLUMN_PAGE, variant);
                List<String> codes = jdbc.query(page.sql(), (rs, i) -> rs.getString("code"), page.args());
                assertThat(codes).as("%s %s %s", variant, f, status).isEqualTo(service);
                assertThat(sql.single(BoardSql.count(where, variant)))
                        .as("count %s %s %s", variant, f, status)
                        .isEqualTo(counts.get(status));
            }
        }
    }

    // ---- timing ----

    /** The bare SQL of one operation in the three variants. */
    private record WhatIf(String name, Stats asIs, Stats leftJoin, Stats proposed) {}

    private WhatIf whatIf(String name, java.util.function.ToIntFunction<BoardSql.Variant> work) {
        BoardSql.Variant[] variants = BoardSql.Variant.values();
        for (int i = 0; i < WARMUP; i++) {
            for (BoardSql.Variant v : variants) {
                work.applyAsInt(v);
            }
        }
        long[][] nanos = new long[variants.length][RUNS];
        for (int i = 0; i < RUNS; i++) {
            for (int k = 0; k < variants.length; k++) {
                BoardSql.Variant v = variants[k];
                nanos[k][i] = time(() -> work.applyAsInt(v));
            }
        }
        Stats[] stats = new Stats[variants.length];
        for (int k = 0; k < variants.length; k++) {
            BoardSql.Variant v = variants[k];
            int[] counts = bareCounts(() -> work.applyAsInt(v));
            stats[k] = new Stats(nanos[k], counts[0], counts[1]);
        }
        return new WhatIf(name, stats[0], stats[1], stats[2]);
    }

    /** Warm-up, then RUNS timed runs of each, interleaved so that the machine's noise hits both alike. */
    private Row compare(String name, IntSupplier service, IntSupplier bare) {
        for (int i = 0; i < WARMUP; i++) {
            service.getAsInt();
            bare.getAsInt();
        }
        int[] serviceCounts = hibernateCounts(service);
        int[] bareCounts = bareCounts(bare);
        long[] s = new long[RUNS];
        long[] b = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            s[i] = time(service);
            b[i] = time(bare);
        }
        return new Row(
                name, new Stats(s, serviceCounts[0], serviceCounts[1]), new Stats(b, bareCounts[0], bareCounts[1]));
    }

    private static long time(IntSupplier work) {
        long start = System.nanoTime();
        work.getAsInt();
        return System.nanoTime() - start;
    }

    /**
     * One more run, outside the timings: the JDBC statements Hibernate prepared (statistics switched on
     * for that run only) and the commands the database server received (transaction and session
     * commands included).
     */
    private int[] hibernateCounts(IntSupplier work) {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            long before = questions();
            work.getAsInt();
            long trips = questions() - before - questionsOverhead;
            return new int[] {(int) statistics.getPrepareStatementCount(), (int) trips};
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** The same for the bare SQL: the statements it ran, and the commands the server received. */
    private int[] bareCounts(IntSupplier bare) {
        int before = sql.executed();
        long questions = questions();
        bare.getAsInt();
        long trips = questions() - questions - questionsOverhead;
        return new int[] {sql.executed() - before, (int) trips};
    }

    private long questionsOverhead;

    /** The server's count of client commands (global: any other client of the server adds to it). */
    private long questions() {
        Long n = jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
        return n == null ? 0 : n;
    }

    /**
     * Opens {@code location} in the real view, coming from {@code from} (another view class, so that the
     * router builds a new view as on a fresh visit), and runs the client round trip (for the grid: with the
     * first 50 rows requested, as the browser does).
     */
    private Row view(String name, String location, String from, boolean grid) {
        IntSupplier open = () -> {
            go(location);
            if (grid) {
                Grid<?> g = _get(_get(TaskBoardView.class), Grid.class);
                g.getDataCommunicator().setViewportRange(0, GRID_PAGE);
                MockVaadin.clientRoundtrip(false);
            }
            return 1;
        };
        for (int i = 0; i < WARMUP; i++) {
            go(from);
            open.getAsInt();
        }
        go(from);
        int[] counts = hibernateCounts(open);
        long[] t = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            go(from);
            t[i] = time(open);
        }
        if (location.startsWith("tasks/")) {
            _get(TaskDetailView.class); // the view is on screen
        } else {
            _get(TaskBoardView.class);
        }
        return new Row(name, new Stats(t, counts[0], counts[1]), null);
    }

    private static void go(String location) {
        String[] parts = location.split("\\?", 2);
        UI.getCurrent()
                .navigate(parts[0], parts.length == 1 ? QueryParameters.empty() : QueryParameters.fromString(parts[1]));
        MockVaadin.clientRoundtrip(false);
    }

    // ---- report ----

    private String explain(String title, BoardSql.Statement s) {
        return BenchmarkMachine.explainTable(title, sql.explain(s));
    }

    private String report(
            double generated,
            Map<String, Long> counts,
            LocalDate today,
            List<Row> rows,
            List<WhatIf> whatIf,
            List<Row> views,
            List<String> explains,
            String load)
            throws SQLException {
        StringBuilder b = new StringBuilder();
        String rule = "=".repeat(WIDTH);
        String line = "-".repeat(WIDTH);
        b.append('\n').append(rule).append('\n');
        b.append("PAR Steering: task board benchmark (server side, milliseconds)\n");
        b.append(rule).append('\n');
        b.append(String.format(
                "Data      : %,d units (%,d BM-), %,d tasks (%,d BM-), %,d assignments, %,d progress reports%s%n",
                counts.get("units"),
                counts.get("units BM-"),
                counts.get("tasks"),
                counts.get("tasks BM-"),
                counts.get("assignments"),
                counts.get("progress reports"),
                generated > 0 ? String.format(" (generated now in %.1f s)", generated) : " (already there)"));
        b.append(String.format("Today     : %s (test clock)%n", today));
        b.append(String.format("Machine   : %s%n", BenchmarkMachine.describe()));
        b.append(String.format("Load avg  : %s (1, 5, 15 min; before -> after the measurements)%n", load));
        b.append(String.format("Database  : %s%n", database()));
        b.append(String.format(
                "JDK       : %s %s (%s), max heap %,d MiB%n",
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        b.append(String.format("Runs      : %d warm-up, then %d timed (median and p90 of the timed)%n", WARMUP, RUNS));
        b.append('\n');
        b.append(String.format(
                "%-50s | %5s %5s %8s %8s | %5s %5s %8s %8s | %6s%n",
                "Operation", "stmts", "trips", "service", "p90", "stmts", "trips", "bare SQL", "p90", "ratio"));
        b.append(line).append('\n');
        rows.forEach(r -> b.append(pair(r)));
        b.append('\n');
        b.append(String.format(
                "%-50s | %-23s | %-23s | %-23s%n",
                "What-if, bare SQL (schema as is)", "as is", "LEFT JOIN", "proposed SQL"));
        b.append(String.format(
                "%-50s | %5s %5s %5s %-5s | %5s %5s %5s %-5s | %5s %5s %5s %-5s%n",
                "", "stmts", "med", "p90", "", "stmts", "med", "p90", "", "stmts", "med", "p90", ""));
        b.append(line).append('\n');
        for (WhatIf w : whatIf) {
            b.append(String.format(
                    "%-50s | %5d %5.1f %5.1f %-5s | %5d %5.1f %5.1f %-5s | %5d %5.1f %5.1f %-5s%n",
                    w.name(),
                    w.asIs().statements(),
                    w.asIs().median(),
                    w.asIs().p90(),
                    "",
                    w.leftJoin().statements(),
                    w.leftJoin().median(),
                    w.leftJoin().p90(),
                    String.format("%.1fx", w.asIs().median() / w.leftJoin().median()),
                    w.proposed().statements(),
                    w.proposed().median(),
                    w.proposed().p90(),
                    String.format("%.1fx", w.asIs().median() / w.proposed().median())));
        }
        b.append('\n');
        b.append(String.format(
                "%-50s | %5s %5s %8s %8s%n", "Real view, opened by URL (Karibu)", "stmts", "trips", "median", "p90"));
        b.append(line).append('\n');
        for (Row r : views) {
            b.append(String.format(
                    "%-50s | %5d %5d %8.2f %8.2f%n",
                    r.name(),
                    r.service().statements(),
                    r.service().roundTrips(),
                    r.service().median(),
                    r.service().p90()));
        }
        b.append('\n');
        b.append("stmts   : JDBC statements of one run (service, view: prepared by Hibernate; bare SQL: executed).\n");
        b.append("trips   : commands the MariaDB server received in that run (global Questions counter, so\n");
        b.append("          transaction and session commands included).\n");
        b.append("service : TaskService called as the committee (lookups, transactions, security, entities).\n");
        b.append("bare SQL: the same main selects through JdbcTemplate, every column read. ratio = left / right.\n");
        b.append("view    : navigation to the route and the server-side round trip; no browser, no network.\n");
        b.append("What-if : LEFT JOIN = the page select with LEFT JOINs (left join fetch); proposed = LEFT JOINs,\n");
        b.append("          only the filters that are set in the WHERE, no count per board column (limit 26), and\n");
        b.append("          one count for the grid. Nx = as is / variant.\n");
        b.append('\n').append("EXPLAIN (MariaDB)\n").append(line).append('\n');
        explains.forEach(e -> b.append(e).append('\n'));
        b.append(rule).append('\n');
        return b.toString();
    }

    private static final int WIDTH = 122;

    private static String pair(Row r) {
        return String.format(
                "%-50s | %5d %5d %8.2f %8.2f | %5d %5d %8.2f %8.2f | %5.1fx%n",
                r.name(),
                r.service().statements(),
                r.service().roundTrips(),
                r.service().median(),
                r.service().p90(),
                r.bare().statements(),
                r.bare().roundTrips(),
                r.bare().median(),
                r.bare().p90(),
                r.service().median() / r.bare().median());
    }

    private String database() throws SQLException {
        return BenchmarkMachine.mariadb(dataSource, jdbc, "");
    }
}
