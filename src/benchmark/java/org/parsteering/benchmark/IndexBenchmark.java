package org.parsteering.benchmark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parsteering.index.AssessmentService;
import org.parsteering.index.IndexResultService;
import org.parsteering.index.IndexSetDraft;
import org.parsteering.index.IndexSetImportService;
import org.parsteering.index.IndexSetService;
import org.parsteering.index.IndexSets;
import org.parsteering.index.RoundDraft;
import org.parsteering.index.RoundSummary;
import org.parsteering.support.IntegrationTest;
import org.parsteering.unit.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13 at province scale (the 1,000,000 dossiers of {@link FigureBenchmark} in {@code par_bench}): a set of 100
 * leaves (30 scored from the figures, 10 from the tasks, 50 by people, 10 imported) assessed for 150 units. Times
 * the scoring of the round's computed points cold (the figures cache just emptied) and warm, the publication of a
 * round (score, freeze, final points), the results of a published round (ranking, heat map), a unit's weakest items,
 * a unit's sheet and the locality's score per quarter. Prints figures, asserts none (docs/PERFORMANCE.md).
 */
class IndexBenchmark extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2025, 1, 2);
    static final String SET = "BM-IDX";
    static final int UNITS = 150;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    IndexSetService sets;

    @Autowired
    IndexSetImportService setImport;

    @Autowired
    AssessmentService rounds;

    @Autowired
    IndexResultService results;

    JdbcTemplate jdbc;
    int runs = Integer.getInteger("benchmark.runs", 7);
    int warmup = Integer.getInteger("benchmark.warmup", 2);

    @Test
    void scoring_a_round_of_150_units_and_100_items_and_its_results() throws Exception {
        jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.queryForObject("select version()", String.class);
        assumeTrue(
                "true".equals(System.getProperty("benchmark"))
                        && product.toLowerCase(Locale.ROOT).contains("mariadb"),
                "the benchmark runs only with -Dbenchmark=true on MariaDB");
        clock.set(TODAY.atTime(9, 0).atZone(clock.getZone()).toInstant());
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        new BenchmarkData(jdbc, tx, TODAY).ensure();
        new FigureBenchmarkData(jdbc, tx).ensure();
        clear();
        List<String> units = jdbc.queryForList(
                "select code from unit where code like 'BM-U%' order by code limit " + UNITS, String.class);

        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "index benchmark — %s; %d units × 100 items; dossiers %d; %d CPUs, load %s%n",
                product,
                units.size(),
                jdbc.queryForObject("select count(*) from dossier", Long.class),
                Runtime.getRuntime().availableProcessors(),
                Arrays.toString(RemindersAndDashboardBenchmark.loadAverage())));

        as("secretary", () -> {
            sets.create(new IndexSetDraft(
                    SET,
                    null,
                    "Bộ chỉ số đo hiệu năng",
                    "Benchmark index",
                    2024,
                    null,
                    Set.of(UnitType.DEPARTMENT, UnitType.COMMUNE),
                    new BigDecimal(100),
                    IndexSets.DEFAULT_BANDS));
            setImport.importFile(criteria(), "bm.csv");
        });
        RoundSummary published = open(2023, units);
        RoundSummary open = open(2024, units);
        scoreByPeople(published);
        scoreByPeople(open);

        // 1. Scoring the computed points of the open round (every unit, one figures call): cold, then warm.
        double[] cold = new double[runs];
        for (int i = 0; i < runs; i++) {
            coldFigures();
            long t = System.nanoTime();
            as("committee", () -> results.results(open.id()));
            cold[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(cold);
        out.append(row("provisional results of the open round, cold (scoring)", cold));
        out.append(row(
                "provisional results of the open round, warm",
                time(() -> as("committee", () -> results.results(open.id())))));

        // 2. Publication of last year's round: computed points scored and frozen, final points stored.
        RoundSummary inAppraisal = as("committee", () -> rounds.startAppraisal(published.id(), published.version()));
        coldFigures();
        long t0 = System.nanoTime();
        as("committee", () -> rounds.publish(inAppraisal.id(), inAppraisal.version()));
        double publish = (System.nanoTime() - t0) / 1e6;
        out.append(
                String.format("%-55s once     %8.1f ms%n", "publication (score, freeze, final points), cold", publish));

        // 3. The results page of the published round: ranking and heat map; a unit's weakest items; the 766 trend.
        String unit = units.getFirst();
        out.append(row(
                "results of the published round (ranking, heat map)",
                time(() -> as("committee", () -> results.results(published.id())))));
        out.append(row(
                "a unit's weakest items (published round)",
                time(() -> as("committee", () -> results.weakest(published.id(), unit, 10)))));
        out.append(row(
                "a unit's sheet of the open round (live points)",
                time(() -> as("committee", () -> rounds.sheet(open.id(), unit)))));
        out.append(row(
                "the locality's 766 score per quarter of 2024",
                time(() -> as("committee", () -> results.localityTrend("QD766", 2024, false, TODAY)))));
        out.append(row(
                "every unit's sheet of the open round", time(() -> as("committee", () -> rounds.sheets(open.id())))));
        out.append(String.format(
                "score rows: %d%n",
                jdbc.queryForObject(
                        "select count(*) from index_score s join index_round r on r.id = s.round_id join index_set x"
                                + " on x.id = r.set_id where x.code = ?",
                        Long.class,
                        SET)));
        System.out.println(out);
        Path file = Path.of("target/benchmark/index.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** 10 areas × 10 leaves of 1 point: per area 3 from the figures, 1 from the tasks, 5 by people, 1 imported. */
    static byte[] criteria() {
        String[] figures = {
            "on_time:L",
            "online:T(50)",
            "components:T(80)",
            "components_full:L",
            "results_digitized:L",
            "results_signed:>=95:1;>=80:0.5;else:0",
            "online_payment:L",
            "signatures:T(90)"
        };
        StringBuilder csv =
                new StringBuilder("set_code,code,parent_code,title,max_points,method,rule,evidence_required\n");
        int f = 0;
        for (int a = 1; a <= 10; a++) {
            csv.append(SET)
                    .append(',')
                    .append(a)
                    .append(",,Lĩnh vực ")
                    .append(a)
                    .append(",10,MANUAL,,N\n");
            for (int l = 1; l <= 10; l++) {
                String method;
                String rule = "";
                if (l <= 3) {
                    method = "FORMULA";
                    rule = figures[f++ % figures.length];
                } else if (l == 4) {
                    method = "TASKS";
                    rule = "task_completion:L";
                } else if (l <= 9) {
                    method = "MANUAL";
                } else {
                    method = "IMPORTED";
                }
                csv.append(String.join(
                                ",",
                                SET,
                                a + "." + l,
                                String.valueOf(a),
                                "Tiêu chí " + a + "." + l,
                                "1",
                                method,
                                rule.contains(",") ? '"' + rule + '"' : rule,
                                l == 5 ? "Y" : "N"))
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private RoundSummary open(int year, List<String> units) {
        return as(
                "committee",
                () -> rounds.open(new RoundDraft(
                        SET,
                        year,
                        units,
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        TODAY.plusDays(10),
                        TODAY.plusDays(20),
                        null)));
    }

    /** Self and appraised points of the scored-by-people items, as the workflow would leave them. */
    private void scoreByPeople(RoundSummary round) {
        jdbc.update("""
                update index_score s join index_item i on i.id = s.item_id
                set s.self_points = 0.75, s.appraised_points = 0.75, s.final_points = 0.75
                where s.round_id = ? and i.method = 'MANUAL'""", round.id());
        jdbc.update("""
                update index_score s join index_item i on i.id = s.item_id
                set s.imported_points = 0.8, s.final_points = 0.8
                where s.round_id = ? and i.method = 'IMPORTED'""", round.id());
    }

    /** Removes an earlier run's set, rounds and scores. */
    private void clear() {
        Long id = jdbc.query("select id from index_set where code = ?", rs -> rs.next() ? rs.getLong(1) : null, SET);
        if (id == null) {
            return;
        }
        jdbc.update(
                "delete e from index_evidence e join index_score s on s.id = e.score_id join index_round r"
                        + " on r.id = s.round_id where r.set_id = ?",
                id);
        jdbc.update("delete s from index_score s join index_round r on r.id = s.round_id where r.set_id = ?", id);
        jdbc.update("delete u from index_round_unit u join index_round r on r.id = u.round_id where r.set_id = ?", id);
        jdbc.update("delete from index_round where set_id = ?", id);
        jdbc.update("delete c from task_criterion c join index_item i on i.id = c.item_id where i.set_id = ?", id);
        jdbc.update("update index_item set parent_id = null where set_id = ?", id);
        jdbc.update("delete from index_item where set_id = ?", id);
        jdbc.update("delete from index_band where set_id = ?", id);
        jdbc.update("delete from index_set where id = ?", id);
    }

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

    private static String row(String what, double[] ms) {
        return String.format(
                "%-55s median %8.1f ms   p90 %8.1f ms%n",
                what, RemindersAndDashboardBenchmark.median(ms), RemindersAndDashboardBenchmark.p90(ms));
    }
}
