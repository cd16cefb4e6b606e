package org.parsteering.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.TabularReader;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.FigureCounts;
import org.parsteering.dossier.FigureReport;
import org.parsteering.dossier.FigureService;
import org.parsteering.security.ApiTokenService;
import org.parsteering.support.HttpTest;
import org.parsteering.unit.Structure;
import org.parsteering.unit.UnitService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The province-scale benchmark of the dossier figures (issue 4): on a MariaDB holding 1,000 extra units,
 * 1,000,000 dossiers over 2022–2024 and 36 months of signature reports, the time of {@code GET
 * /api/figures} for one quarter over all units (real HTTP), of {@link FigureService#figures} alone and of
 * the single hand-written SQL aggregate that returns the same counts (the floor), and the import rate of a
 * 100,000-row dossier CSV. Prints figures only: the machine is shared and noisy, so nothing here asserts a
 * time. See docs/PERFORMANCE.md for the command.
 *
 * <p>Runs only with {@code -Dbenchmark=true} on MariaDB; surefire leaves {@code *Benchmark} out of the
 * normal test run.
 */
@EnabledIfSystemProperty(
        named = "benchmark",
        matches = "true",
        disabledReason = "a benchmark: run with -Dbenchmark=true -Pmariadb (docs/PERFORMANCE.md)")
class FigureBenchmark extends HttpTest {

    private static final int WARMUP = Integer.getInteger("benchmark.warmup", 5);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 15);
    private static final int WHATIF_WARMUP = Integer.getInteger("benchmark.whatifWarmup", 2);
    private static final int WHATIF_RUNS = Integer.getInteger("benchmark.whatifRuns", 7);
    private static final String IGNORE_UNIT_INDEX = " ignore index (ix_dossier_unit_received)";
    private static final int IMPORT_RUNS = Integer.getInteger("benchmark.importRuns", 3);
    private static final int IMPORT_ROWS = 100_000;
    private static final String IMPORT_PREFIX = "BM-I";
    /** Issue 12: merge a third of the BM units on 1 January 2025 and time both structures (changes the data set). */
    private static final boolean STRUCTURE = Boolean.getBoolean("benchmark.structure");

    private static final LocalDate MERGER = LocalDate.of(2025, 1, 1);

    /** The data set is an export of the end of 2024; the benchmark looks at it on 2 January 2025. */
    private static final Instant TODAY = Instant.parse("2025-01-02T02:00:00Z");

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 3, 31);

    @LocalServerPort
    int port;

    @Autowired
    FigureService figures;

    @Autowired
    DossierImportService dossierImport;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UnitService units;

    @Autowired
    org.parsteering.unit.UnitChangeService unitChanges;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    private JdbcTemplate jdbc;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private long questionsOverhead;

    /** Timed runs (nanoseconds) and the commands the database server received in one run. */
    private record Stats(long[] nanos, long trips) {

        double median() {
            return percentile(nanos, 0.5) / 1e6;
        }

        double p90() {
            return percentile(nanos, 0.9) / 1e6;
        }
    }

    private record Row(String name, Stats stats) {}

    /** One import run's seconds: create, re-import unchanged, update every row, delete (its own transaction). */
    private record ImportRun(long create, long existing, long unchanged, long update, long delete) {}

    @Test
    void figures_of_a_quarter_and_a_100000_row_import_at_province_scale() throws Exception {
        String database = BenchmarkMachine.product(dataSource);
        assumeTrue(
                "true".equals(System.getProperty("benchmark"))
                        && database.toLowerCase().contains("mariadb"),
                "the benchmark runs only with -Dbenchmark=true on MariaDB (-Pmariadb), not on " + database);
        clock.set(TODAY);
        jdbc = new JdbcTemplate(dataSource);
        long q0 = questions();
        questionsOverhead = questions() - q0;

        FigureBenchmarkData data = new FigureBenchmarkData(jdbc, new TransactionTemplate(transactionManager));
        // Leftovers of an interrupted import run would count in the figures.
        jdbc.update("delete from dossier where code like '" + IMPORT_PREFIX + "%'");
        double generated = data.ensure();
        long analyze = System.nanoTime();
        jdbc.queryForList("ANALYZE TABLE unit, admin_procedure, dossier, signature_report");
        double analyzed = (System.nanoTime() - analyze) / 1e9;
        Map<String, Long> counts = data.counts();
        System.out.printf(
                "figure benchmark: data %s (generated in %.1f s, ANALYZE %.1f s)%n", counts, generated, analyzed);

        // The floor and the API must return exactly what the service returns, or comparing means nothing.
        FigureReport report = as("committee", () -> figures.figures(FROM, TO, null, null, Structure.HISTORICAL));
        Map<String, FigureCounts> service = new TreeMap<>();
        report.units().forEach(u -> service.put(u.unitCode(), u.counts()));
        assertSame("hand-written SQL", floor(), service);
        // A user has at most 20 active tokens: earlier runs' tokens are revoked first.
        String token = as("committee", () -> {
                    tokens.myTokens().stream()
                            .filter(t -> !t.revoked() && t.name().startsWith("figure benchmark"))
                            .forEach(t -> tokens.revoke(t.id()));
                    return tokens.create("figure benchmark " + unique("t"));
                })
                .token();
        HttpResponse<String> response = api(token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertSame("GET /api/figures", fromJson(response.body()), service);
        int bodyBytes = response.body().getBytes(StandardCharsets.UTF_8).length;
        FigureCounts all = report.groups().get("ALL");
        assertThat(dossierCounts(FROM, TO, true))
                .as("the proposed COUNT rewrite returns the service's SQL's numbers")
                .isEqualTo(dossierCounts(FROM, TO, false));

        // Figures: API, service and floor interleaved, so that the machine's noise hits all three alike.
        String loadBefore = BenchmarkMachine.loadAverage();
        // Signed in once around the loop: the service's time is not the test's sign-in lookup.
        List<Row> rows = as(
                "committee",
                () -> compare(
                        WARMUP,
                        RUNS,
                        new String[] {
                            "GET /api/figures (HTTP, body read)",
                            "FigureService.figures (committee)",
                            "hand-written SQL (floor)",
                            "FigureService.figures, repeated (cache)"
                        },
                        // Cold: the data-version token changes first (one UPDATE by primary key, counted in),
                        // as after an import, so the figures cache cannot answer and the aggregate runs.
                        () -> {
                            newDataVersion();
                            return api(token).body().length();
                        },
                        () -> {
                            newDataVersion();
                            return figures.figures(FROM, TO, null, null, Structure.HISTORICAL)
                                    .units()
                                    .size();
                        },
                        () -> floor().size(),
                        () -> figures.figures(FROM, TO, null, null, Structure.HISTORICAL)
                                .units()
                                .size()));
        System.out.println("figure benchmark: figures done, load " + BenchmarkMachine.loadAverage());

        // Where the time goes, and what-if, bare SQL: the service's dossier aggregate as it is, with COUNT
        // instead of SUM, without the unit index; the latest quarter and a year beside the quarter measured.
        LocalDate q4 = LocalDate.of(2024, 10, 1);
        LocalDate year = LocalDate.of(2024, 1, 1);
        LocalDate december = LocalDate.of(2024, 12, 31);
        List<Row> whatIf = as(
                "committee",
                () -> compare(
                        WHATIF_WARMUP,
                        WHATIF_RUNS,
                        new String[] {
                            "GET /api/me (HTTP round trip + bearer token check)",
                            "UnitService.activeDuring (Hibernate, 1,046 units)",
                            "service's signature SQL",
                            "service's dossier SQL, Q1 2024, as it is",
                            "  same, count(case ... end) for sum(case ... else 0 end)",
                            "  same as it is, ignore index (ix_dossier_unit_received)",
                            "service's dossier SQL, Q4 2024 (latest quarter), as it is",
                            "  same, count(case ... end) for sum(case ... else 0 end)",
                            "service's dossier SQL, year 2024, as it is",
                            "  same, count(case ... end) for sum(case ... else 0 end)"
                        },
                        () -> get("/api/me", token).body().length(),
                        () -> units.activeDuring(FROM, TO).size(),
                        () -> signatureSql(),
                        () -> dossierSql(FROM, TO, "", false),
                        () -> dossierSql(FROM, TO, "", true),
                        () -> dossierSql(FROM, TO, IGNORE_UNIT_INDEX, false),
                        () -> dossierSql(q4, december, "", false),
                        () -> dossierSql(q4, december, "", true),
                        () -> dossierSql(year, december, "", false),
                        () -> dossierSql(year, december, "", true)));
        System.out.println("figure benchmark: what-if done, load " + BenchmarkMachine.loadAverage());
        String structures = STRUCTURE ? structures(token) : "";

        // Import of 100,000 dossiers: create, re-import unchanged, update every row, then delete them.
        byte[] csv = importCsv(false);
        byte[] changed = importCsv(true);
        long parse = time(() -> TabularReader.read(csv, "x.csv", DossierImportService.FORMAT)
                .rows()
                .size());
        List<ImportRun> imports = new ArrayList<>();
        as("committee", () -> {
            for (int i = 0; i < IMPORT_RUNS; i++) {
                imports.add(importRun(csv, changed));
            }
        });
        String loadAfter = BenchmarkMachine.loadAverage();

        List<String> explains = explains();
        String text = report(
                generated,
                analyzed,
                counts,
                all,
                report.units().size(),
                bodyBytes,
                rows,
                whatIf,
                csv.length,
                parse,
                imports,
                explains,
                loadBefore + " -> " + loadAfter);
        text = text + structures;
        System.out.println(text);
        Path file = Path.of("target", "benchmark", "figures.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    // ---- issue 12: the current and the historical structure ----

    /**
     * Merges every third BM unit (by code) into the next one on {@link #MERGER}, through UnitChangeService as
     * the secretary, unless done in an earlier run: 333 changes, a third of the BM dossiers then on predecessor
     * units. Returns the seconds it took (0 when already there).
     */
    private double ensureMergers() {
        Long done = jdbc.queryForObject(
                "select count(*) from unit_lineage l join unit u on u.id = l.unit_id where u.code like 'BM-U%'",
                Long.class);
        if (done != null && done > 0) {
            return 0;
        }
        List<String> codes =
                jdbc.queryForList("select code from unit where code like 'BM-U%' order by code", String.class);
        long start = System.nanoTime();
        as("secretary", () -> {
            for (int i = 0; i + 1 < codes.size(); i += 3) {
                unitChanges.record(new org.parsteering.unit.UnitChangeRequest(
                        MERGER,
                        org.parsteering.unit.UnitChangeKind.MERGE,
                        List.of(codes.get(i), codes.get(i + 1)),
                        codes.get(i + 1),
                        null,
                        null,
                        "benchmark"));
            }
        });
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The floor of the current structure: the same hand-written statement as {@link #FLOOR_SQL}, with each
     * dossier and signature report counted for the unit that carries its unit on ({@code unit_lineage}), for
     * the units that carry on a unit active in the period.
     */
    static final String FLOOR_CURRENT_SQL = FigureBenchmark.FLOOR_SQL
            .replace("select x.unit_id,", "select coalesce(l.current_unit_id, x.unit_id) as unit_id,")
            .replace(
                    "from dossier x ignore index (ix_dossier_unit_received)",
                    "from dossier x ignore index (ix_dossier_unit_received)"
                            + " left join unit_lineage l on l.unit_id = x.unit_id")
            .replace("group by x.unit_id", "group by coalesce(l.current_unit_id, x.unit_id)")
            .replace(
                    "select unit_id, sum(documents_issued) as issued, sum(documents_signed) as signed\n"
                            + "  from signature_report where report_month between :firstMonth and :lastMonth"
                            + " group by unit_id",
                    "select coalesce(ls.current_unit_id, sr.unit_id) as unit_id, sum(sr.documents_issued) as issued,"
                            + " sum(sr.documents_signed) as signed\n  from signature_report sr"
                            + " left join unit_lineage ls on ls.unit_id = sr.unit_id"
                            + " where sr.report_month between :firstMonth and :lastMonth"
                            + " group by coalesce(ls.current_unit_id, sr.unit_id)")
            .replace(
                    "where (u.active_from is null or u.active_from <= :to) and (u.active_to is null or u.active_to >= :from)",
                    "where u.id in (select coalesce(la.current_unit_id, a.id) from unit a"
                            + " left join unit_lineage la on la.unit_id = a.id"
                            + " where (a.active_from is null or a.active_from <= :to)"
                            + " and (a.active_to is null or a.active_to >= :from))");

    private Map<String, FigureCounts> floor(String sql) {
        Map<String, FigureCounts> result = new TreeMap<>();
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc).query(sql, floorParams(), rs -> {
            long[] v = new long[15];
            for (int i = 0; i < v.length; i++) {
                v[i] = rs.getLong(i + 2);
            }
            result.put(
                    rs.getString(1),
                    new FigureCounts(
                            v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                            v[14]));
        });
        return result;
    }

    /** Issue 12's measurements: figures of Q1 2024 in both structures against their floors, printed as a table. */
    private String structures(String token) {
        if (!FLOOR_CURRENT_SQL.contains("unit_lineage ls") || !FLOOR_CURRENT_SQL.contains("la.current_unit_id")) {
            throw new IllegalStateException("FLOOR_SQL has changed: update FLOOR_CURRENT_SQL");
        }
        clock.set(TODAY);
        double merging = ensureMergers();
        jdbc.queryForList("ANALYZE TABLE unit, unit_lineage");
        Map<String, Object> share = jdbc.queryForMap("""
                select count(*) as dossiers,
                       count(case when exists (select 1 from unit_lineage l where l.unit_id = d.unit_id) then 1 end)
                           as on_predecessors
                from dossier d""");
        long dossiers = ((Number) share.get("dossiers")).longValue();
        long onPredecessors = ((Number) share.get("on_predecessors")).longValue();
        FigureReport current = as("committee", () -> figures.figures(FROM, TO, null, null, Structure.CURRENT));
        Map<String, FigureCounts> service = new TreeMap<>();
        current.units().forEach(u -> service.put(u.unitCode(), u.counts()));
        assertSame("hand-written SQL, current structure", floor(FLOOR_CURRENT_SQL), service);
        assertSame(
                "GET /api/figures?structure=current",
                fromJson(get("/api/figures?from=" + FROM + "&to=" + TO + "&structure=current", token)
                        .body()),
                service);
        int historicalUnits = as("committee", () -> figures.figures(FROM, TO, null, null, Structure.HISTORICAL))
                .units()
                .size();
        String load = BenchmarkMachine.loadAverage();
        List<Row> rows = as(
                "committee",
                () -> compare(
                        WARMUP,
                        RUNS,
                        new String[] {
                            "GET /api/figures?structure=current (HTTP)",
                            "FigureService.figures, current structure",
                            "hand-written SQL, current structure (floor)",
                            "FigureService.figures, historical structure",
                            "hand-written SQL, historical structure (floor)"
                        },
                        () -> {
                            newDataVersion();
                            return get("/api/figures?from=" + FROM + "&to=" + TO + "&structure=current", token)
                                    .body()
                                    .length();
                        },
                        () -> {
                            newDataVersion();
                            return figures.figures(FROM, TO, null, null, Structure.CURRENT)
                                    .units()
                                    .size();
                        },
                        () -> floor(FLOOR_CURRENT_SQL).size(),
                        () -> {
                            newDataVersion();
                            return figures.figures(FROM, TO, null, null, Structure.HISTORICAL)
                                    .units()
                                    .size();
                        },
                        () -> floor(FLOOR_SQL).size()));
        load = load + " -> " + BenchmarkMachine.loadAverage();
        StringBuilder b = new StringBuilder();
        String line = "-".repeat(WIDTH);
        b.append('\n').append("Two structures (issue 12)\n").append(line).append('\n');
        b.append(String.format(
                "Mergers   : every third BM unit into the next on %s, 333 changes through UnitChangeService%s%n",
                MERGER, merging > 0 ? String.format(" (recorded now in %.1f s)", merging) : " (already there)"));
        b.append(String.format(
                "Dossiers  : %,d of %,d on predecessor units (%.1f %%)%n",
                onPredecessors, dossiers, 100.0 * onPredecessors / dossiers));
        b.append(String.format(
                "Answer    : Q1 2024, %,d units in the current structure, %,d in the historical one%n",
                current.units().size(), historicalUnits));
        b.append(String.format("Load avg  : %s%n", load));
        b.append(String.format(
                "%-50s | %5s | %9s | %9s | %14s%n",
                "Operation (milliseconds)", "trips", "median", "p90", "ratio vs SQL"));
        b.append(line).append('\n');
        double currentFloor = rows.get(2).stats().median();
        double historicalFloor = rows.get(4).stats().median();
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            double ratio = r.stats().median() / (k <= 2 ? currentFloor : historicalFloor);
            boolean floorRow = k == 2 || k == 4;
            b.append(String.format(
                    "%-50s | %5d | %9.2f | %9.2f | %6.2fx%s%n",
                    r.name(),
                    r.stats().trips(),
                    r.stats().median(),
                    r.stats().p90(),
                    ratio,
                    floorRow ? "" : k <= 2 ? (ratio <= 1.3 ? "  (<= 1.3)" : "  (> 1.3!)") : ""));
        }
        b.append(String.format("current floor / historical floor: %.2fx%n", currentFloor / historicalFloor));
        b.append("Target (issue 12): current-structure figures <= 1.3 x the hand-written SQL of the same counts.\n");
        b.append(explain(
                "Hand-written SQL, current structure",
                FLOOR_CURRENT_SQL
                        .replace(":from", "'" + FROM + "'")
                        .replace(":to", "'" + TO + "'")
                        .replace(":end", "'" + TO + "'")
                        .replace(":firstMonth", "'" + FROM.withDayOfMonth(1) + "'")
                        .replace(":lastMonth", "'" + TO.withDayOfMonth(1) + "'"),
                new Object[0]));
        String serviceCurrent =
                org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatementIntoString(
                        serviceSql("DOSSIER_SQL", Structure.CURRENT)
                                + " group by coalesce(l.current_unit_id, d.unit_id)");
        b.append(explain("FigureService: dossier aggregate, current structure", serviceCurrent, dossierArgs(FROM, TO)));
        return b.toString();
    }

    // ---- the three ways to the figures ----

    private HttpResponse<String> api(String token) {
        return get("/api/figures?from=" + FROM + "&to=" + TO + "&structure=historical", token);
    }

    private HttpResponse<String> get(String path, String token) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Authorization", "Bearer " + token)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The floor: one hand-written statement returning every count of SPEC 3 for every unit active in the
     * period (zeros included), signature sums beside them. {@code end} = {@code to} here: the quarter is
     * over on the benchmark's today. MariaDB, left to itself, reads this GROUP BY in the order of
     * {@code ix_dossier_unit_received} with a row lookup for each of the million dossiers; the hint keeps it
     * from that plan (see the what-if table), so the floor is the best plain SQL on the schema in force.
     */
    static final String FLOOR_SQL = """
            select u.code,
              coalesce(d.received, 0), coalesce(d.completed, 0), coalesce(d.pending_at_end, 0),
              coalesce(d.completed, 0) + coalesce(d.pending_at_end, 0) as handled,
              coalesce(d.on_time, 0),
              coalesce(d.completed, 0) + coalesce(d.pending_at_end, 0) - coalesce(d.on_time, 0) as late,
              coalesce(d.online, 0), coalesce(d.components_digitized, 0), coalesce(d.components_fully, 0),
              coalesce(d.results_digitized, 0), coalesce(d.results_signed, 0), coalesce(d.fee_required, 0),
              coalesce(d.paid_online, 0), coalesce(s.issued, 0), coalesce(s.signed, 0)
            from unit u
            left join (
              select x.unit_id,
                count(case when x.received_on >= :from then 1 end) as received,
                count(case when x.completed_on <= :end then 1 end) as completed,
                count(case when x.completed_on is null or x.completed_on > :end then 1 end) as pending_at_end,
                count(case when (x.completed_on <= :end and x.completed_on <= x.due_on)
                             or ((x.completed_on is null or x.completed_on > :end) and x.due_on >= :end) then 1 end) as on_time,
                count(case when x.received_on >= :from and x.channel = 'ONLINE' then 1 end) as online,
                count(case when x.received_on >= :from and x.components <> 'NONE' then 1 end) as components_digitized,
                count(case when x.received_on >= :from and x.components = 'FULL' then 1 end) as components_fully,
                count(case when x.completed_on <= :end and x.result_digitized then 1 end) as results_digitized,
                count(case when x.completed_on <= :end and x.result_signed then 1 end) as results_signed,
                count(case when x.received_on >= :from and x.fee_required then 1 end) as fee_required,
                count(case when x.received_on >= :from and x.fee_required and x.paid_online then 1 end) as paid_online
              from dossier x ignore index (ix_dossier_unit_received)
              where x.received_on <= :end and (x.completed_on is null or x.completed_on >= :from)
              group by x.unit_id
            ) d on d.unit_id = u.id
            left join (
              select unit_id, sum(documents_issued) as issued, sum(documents_signed) as signed
              from signature_report where report_month between :firstMonth and :lastMonth group by unit_id
            ) s on s.unit_id = u.id
            where (u.active_from is null or u.active_from <= :to) and (u.active_to is null or u.active_to >= :from)
            order by u.code
            """;

    private Map<String, FigureCounts> floor() {
        Map<String, FigureCounts> result = new TreeMap<>();
        new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(jdbc)
                .query(FLOOR_SQL, floorParams(), rs -> {
                    long[] v = new long[15];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(i + 2);
                    }
                    result.put(
                            rs.getString(1),
                            new FigureCounts(
                                    v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                                    v[13], v[14]));
                });
        return result;
    }

    private static Map<String, Object> floorParams() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", Date.valueOf(FROM));
        p.put("to", Date.valueOf(TO));
        p.put("end", Date.valueOf(TO));
        p.put("firstMonth", Date.valueOf(FROM.withDayOfMonth(1)));
        p.put("lastMonth", Date.valueOf(TO.withDayOfMonth(1)));
        return p;
    }

    private Map<String, FigureCounts> fromJson(String body) {
        Map<String, FigureCounts> result = new TreeMap<>();
        for (JsonNode u : json.readTree(body).get("units")) {
            result.put(
                    u.get("unitCode").asString(),
                    new FigureCounts(
                            u.get("received").asLong(),
                            u.get("completed").asLong(),
                            u.get("pendingAtEnd").asLong(),
                            u.get("handled").asLong(),
                            u.get("onTime").asLong(),
                            u.get("late").asLong(),
                            u.get("online").asLong(),
                            u.get("componentsDigitized").asLong(),
                            u.get("componentsFullyDigitized").asLong(),
                            u.get("resultsDigitized").asLong(),
                            u.get("resultsSigned").asLong(),
                            u.get("feeRequired").asLong(),
                            u.get("paidOnline").asLong(),
                            u.get("documentsIssued").asLong(),
                            u.get("documentsSigned").asLong()));
        }
        return result;
    }

    /** Same units, same counts for every unit; the first differences are named, or comparing means nothing. */
    private static void assertSame(String what, Map<String, FigureCounts> actual, Map<String, FigureCounts> service) {
        assertThat(actual.keySet()).as(what + ": units").isEqualTo(service.keySet());
        List<String> differences = new ArrayList<>();
        service.forEach((code, counts) -> {
            if (!counts.equals(actual.get(code))) {
                differences.add(code + ": service " + counts + ", " + what + " " + actual.get(code));
            }
        });
        assertThat(differences)
                .as(what + " must return the service's counts for every unit")
                .isEmpty();
    }

    // ---- import ----

    /**
     * A CSV of {@value #IMPORT_ROWS} dossiers {@code BM-I0000001}… of the BM units and procedures, received in
     * the last quarter of 2024, as the provincial system exports them; {@code changed}: the same dossiers
     * with another {@code components_digitized}, so that every row is an update.
     */
    private byte[] importCsv(boolean changed) {
        List<String> units =
                jdbc.queryForList("select code from unit where code like 'BM-U%' order by code", String.class);
        List<String[]> procedures = jdbc.query(
                "select code, proc_level, fee_required from admin_procedure where code like 'BM-P%' order by code",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getBoolean(3) ? "Y" : "N"});
        List<String[]> district =
                procedures.stream().filter(p -> "DISTRICT".equals(p[1])).toList();
        List<String[]> commune =
                procedures.stream().filter(p -> "COMMUNE".equals(p[1])).toList();
        Random random = new Random(100_000L);
        StringBuilder b = new StringBuilder(IMPORT_ROWS * 110);
        b.append(String.join(",", DossierImportService.FORMAT.required())).append('\n');
        LocalDate first = LocalDate.of(2024, 10, 1);
        String[] channels = {"ONLINE", "ONLINE", "ONLINE", "IN_PERSON", "IN_PERSON", "POSTAL"};
        String[] components = {"FULL", "FULL", "FULL", "FULL", "PARTIAL", "NONE"};
        for (int i = 1; i <= IMPORT_ROWS; i++) {
            int u = random.nextInt(units.size());
            boolean isDistrict = u < units.size() / 10;
            String[] p = isDistrict
                    ? district.get(random.nextInt(district.size()))
                    : commune.get(random.nextInt(commune.size()));
            LocalDate received = first.plusDays(random.nextInt(80));
            LocalDate due = received.plusDays(3 + random.nextInt(20));
            int o = random.nextInt(10);
            LocalDate completed = o < 8 ? received.plusDays(random.nextInt(20)) : null;
            if (completed != null && completed.isAfter(LocalDate.of(2024, 12, 31))) {
                completed = null;
            }
            String channel = channels[random.nextInt(channels.length)];
            String component = components[random.nextInt(components.length)];
            if (changed) {
                component = switch (component) {
                    case "FULL" -> "PARTIAL";
                    case "PARTIAL" -> "NONE";
                    default -> "FULL";
                };
            }
            String fee = p[2];
            String paid = "Y".equals(fee) && "ONLINE".equals(channel) && random.nextBoolean() ? "Y" : "N";
            b.append(String.format("%s%07d", IMPORT_PREFIX, i))
                    .append(',')
                    .append(units.get(u))
                    .append(',')
                    .append(p[0])
                    .append(',')
                    .append(channel)
                    .append(',')
                    .append(received)
                    .append(',')
                    .append(due)
                    .append(',')
                    .append(completed == null ? "" : completed.toString())
                    .append(',')
                    .append(component)
                    .append(',')
                    .append(completed == null ? "" : random.nextInt(10) < 9 ? "Y" : "N")
                    .append(',')
                    .append(completed == null ? "" : random.nextInt(10) < 8 ? "Y" : "N")
                    .append(',')
                    .append(fee)
                    .append(',')
                    .append(paid)
                    .append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** DossierImportService's read of the existing rows, copied; chunked by 1,000 codes as {@code Batches}. */
    private static final String IMPORT_EXISTING_SQL = """
            select code, unit_id, procedure_id, channel, received_on, due_on, completed_on, components, result_digitized,
                   result_signed, fee_required, paid_online from dossier where code in""";

    /** The database's share of a re-import: the existing rows read by code alone, as the import reads them. */
    private long existingRows(List<String> codes) {
        long n = 0;
        for (int i = 0; i < codes.size(); i += 1_000) {
            List<String> chunk = codes.subList(i, Math.min(codes.size(), i + 1_000));
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            n += jdbc.query(IMPORT_EXISTING_SQL + " (" + in + ")", (rs, k) -> rs.getString(1), chunk.toArray())
                    .size();
        }
        assertThat(n).isEqualTo(IMPORT_ROWS);
        return n;
    }

    private ImportRun importRun(byte[] csv, byte[] changed) {
        ImportResult[] result = new ImportResult[3];
        long create = time(() -> {
            result[0] = dossierImport.importFile(csv, "x.csv");
            return result[0].total();
        });
        List<String> codes = new String(csv, StandardCharsets.UTF_8)
                .lines()
                .skip(1)
                .map(l -> l.substring(0, l.indexOf(',')))
                .toList();
        long existing = time(() -> existingRows(codes));
        long unchanged = time(() -> {
            result[1] = dossierImport.importFile(csv, "x.csv");
            return result[1].total();
        });
        long update = time(() -> {
            result[2] = dossierImport.importFile(changed, "x.csv");
            return result[2].total();
        });
        assertThat(result[0]).isEqualTo(new ImportResult(IMPORT_ROWS, 0, 0));
        assertThat(result[1]).isEqualTo(new ImportResult(0, 0, IMPORT_ROWS));
        assertThat(result[2]).isEqualTo(new ImportResult(0, IMPORT_ROWS, 0));
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        long delete = time(
                () -> tx.execute(s -> jdbc.update("delete from dossier where code like '" + IMPORT_PREFIX + "%'")));
        return new ImportRun(create, existing, unchanged, update, delete);
    }

    // ---- timing ----

    /** Warm-up, then RUNS timed runs of each, interleaved; the server's commands of one run of each. */
    private void newDataVersion() {
        jdbc.update(
                "update data_version set token = ? where name = 'figures'",
                java.util.UUID.randomUUID().toString());
    }

    private List<Row> compare(int warmup, int runs, String[] names, LongSupplier... work) {
        for (int i = 0; i < warmup; i++) {
            for (LongSupplier w : work) {
                w.getAsLong();
            }
        }
        long[] trips = new long[work.length];
        for (int k = 0; k < work.length; k++) {
            long before = questions();
            work[k].getAsLong();
            trips[k] = questions() - before - questionsOverhead;
        }
        long[][] nanos = new long[work.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < work.length; k++) {
                nanos[k][i] = time(work[k]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < work.length; k++) {
            rows.add(new Row(names[k], new Stats(nanos[k], trips[k])));
        }
        return rows;
    }

    private static long time(LongSupplier work) {
        long start = System.nanoTime();
        work.getAsLong();
        return System.nanoTime() - start;
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        if (p == 0.5 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The server's count of client commands (global: any other client of the server adds to it). */
    private long questions() {
        Long n = jdbc.queryForObject(
                "select variable_value from information_schema.global_status where variable_name = 'QUESTIONS'",
                Long.class);
        return n == null ? 0 : n;
    }

    // ---- EXPLAIN ----

    /**
     * The service's two aggregates, as FigureService builds them (its SQL text read from the class, the
     * arguments in its order, for the whole quarter over all units), and the floor.
     */
    private List<String> explains() {
        Date f = Date.valueOf(FROM);
        Date t = Date.valueOf(TO);
        String dossierSql = dossierSqlText("", false);
        Object[] dossierArgs = dossierArgs(FROM, TO);
        String signatureSql = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatementIntoString(
                serviceSql("SIGNATURE_SQL") + " group by s.unit_id");
        Object[] signatureArgs = {Date.valueOf(FROM.withDayOfMonth(1)), Date.valueOf(TO.withDayOfMonth(1))};
        String unitSql = """
                select u.*, p.* from unit u left join unit p on p.id = u.parent_id
                where (u.active_from is null or u.active_from <= ?) and (u.active_to is null or u.active_to >= ?)
                order by u.code""";
        List<String> result = new ArrayList<>();
        result.add(explain(
                "FigureService: dossier aggregate (Q1 2024, all units, all channels)", dossierSql, dossierArgs));
        result.add(analyze("FigureService: dossier aggregate, ANALYZE FORMAT=JSON", dossierSql, dossierArgs));
        result.add(explain("FigureService: signature aggregate", signatureSql, signatureArgs));
        result.add(explain("UnitService.activeDuring (as Hibernate renders it)", unitSql, new Object[] {t, f}));
        String floor = FLOOR_SQL
                .replace(":from", "'" + FROM + "'")
                .replace(":to", "'" + TO + "'")
                .replace(":end", "'" + TO + "'")
                .replace(":firstMonth", "'" + FROM.withDayOfMonth(1) + "'")
                .replace(":lastMonth", "'" + TO.withDayOfMonth(1) + "'");
        result.add(explain("Hand-written SQL (floor)", floor, new Object[0]));
        return result;
    }

    /**
     * The service's dossier aggregate for [from, to] over all units (end = to: the periods are over on the
     * benchmark's today), with an optional index hint after the table, with COUNT for SUM if {@code count};
     * returns the sum of the first count (received), having read every row.
     */
    private long dossierSql(LocalDate from, LocalDate to, String hint, boolean count) {
        long[] n = {0};
        jdbc.query(
                dossierSqlText(hint, count),
                rs -> {
                    n[0] += rs.getLong(2);
                },
                dossierArgs(from, to));
        return n[0];
    }

    /** Every unit's counts from the service's dossier aggregate (or its rewrite), to compare the two. */
    private Map<Long, List<Long>> dossierCounts(LocalDate from, LocalDate to, boolean count) {
        Map<Long, List<Long>> result = new TreeMap<>();
        jdbc.query(
                dossierSqlText("", count),
                rs -> {
                    List<Long> v = new ArrayList<>();
                    for (int i = 2; i <= 12; i++) {
                        v.add(rs.getLong(i));
                    }
                    result.put(rs.getLong(1), v);
                },
                dossierArgs(from, to));
        return result;
    }

    private static String dossierSqlText(String hint, boolean count) {
        String text = serviceSql("DOSSIER_SQL");
        if (!text.contains("from dossier d\n")) {
            throw new IllegalStateException("FigureService.DOSSIER_SQL has changed: update the benchmark");
        }
        String sql = text.replace("from dossier d\n", "from dossier d" + hint + "\n") + " group by d.unit_id";
        sql = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatementIntoString(sql);
        return count ? countInsteadOfSum(sql) : sql;
    }

    /** The arguments in the order of the service's named parameters, end = to. */
    private static Object[] dossierArgs(LocalDate from, LocalDate to) {
        Date f = Date.valueOf(from);
        Date t = Date.valueOf(to);
        var parsed = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatement(
                serviceSql("DOSSIER_SQL"));
        return org.springframework.jdbc.core.namedparam.NamedParameterUtils.buildValueArray(
                parsed,
                new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("from", f)
                        .addValue("to", t)
                        .addValue("end", t)
                        .addValue("lower", f),
                null);
    }

    /**
     * The proposed rewrite: {@code count(case when … then 1 end)} for {@code sum(case when … then 1 else 0
     * end)}. Same numbers (a count of the rows where the condition holds); MariaDB sums integers as DECIMAL,
     * which costs more per row than a count.
     */
    static String countInsteadOfSum(String sql) {
        String result = sql.replace("sum(case when", "count(case when").replace(" then 1 else 0 end)", " then 1 end)");
        if (result.contains("sum(")) {
            throw new IllegalStateException("FigureService.DOSSIER_SQL has changed: update the benchmark");
        }
        return result;
    }

    private long signatureSql() {
        String sql = org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatementIntoString(
                serviceSql("SIGNATURE_SQL") + " group by s.unit_id");
        long[] n = {0};
        jdbc.query(
                sql,
                rs -> {
                    n[0] += rs.getLong(2);
                },
                Date.valueOf(FROM.withDayOfMonth(1)),
                Date.valueOf(TO.withDayOfMonth(1)));
        return n[0];
    }

    /** The service's statement ("DOSSIER_SQL" or "SIGNATURE_SQL") of the historical structure, read from FigureQueries. */
    private static String serviceSql(String field) {
        return serviceSql(field, Structure.HISTORICAL);
    }

    private static String serviceSql(String field, Structure structure) {
        String method = field.equals("DOSSIER_SQL") ? "dossierSql" : "signatureSql";
        try {
            Method m =
                    Class.forName("org.parsteering.dossier.FigureQueries").getDeclaredMethod(method, Structure.class);
            m.setAccessible(true);
            return (String) m.invoke(null, structure);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FigureQueries." + method + " is gone: update the benchmark", e);
        }
    }

    private String explain(String title, String sql, Object[] args) {
        return BenchmarkMachine.explainTable(title, jdbc.queryForList("explain " + sql, args));
    }

    private String analyze(String title, String sql, Object[] args) {
        List<Map<String, Object>> out = jdbc.queryForList("analyze format=json " + sql, args);
        StringBuilder b = new StringBuilder(title).append('\n');
        for (Map<String, Object> row : out) {
            for (Object v : row.values()) {
                v.toString().lines().forEach(l -> b.append("  ").append(l).append('\n'));
            }
        }
        return b.toString();
    }

    // ---- report ----

    private static final int WIDTH = 110;

    private String report(
            double generated,
            double analyzed,
            Map<String, Long> counts,
            FigureCounts all,
            int units,
            int bodyBytes,
            List<Row> rows,
            List<Row> whatIf,
            int csvBytes,
            long parse,
            List<ImportRun> imports,
            List<String> explains,
            String load)
            throws SQLException {
        StringBuilder b = new StringBuilder();
        String rule = "=".repeat(WIDTH);
        String line = "-".repeat(WIDTH);
        b.append('\n').append(rule).append('\n');
        b.append("PAR Steering: dossier figures benchmark (province scale)\n");
        b.append(rule).append('\n');
        b.append(String.format(
                "Data      : %,d units (%,d BM-), %,d procedures, %,d dossiers (%,d BM-), %,d signature reports%s%n",
                counts.get("units"),
                counts.get("units BM-"),
                counts.get("procedures"),
                counts.get("dossiers"),
                counts.get("dossiers BM-"),
                counts.get("signature reports"),
                generated > 0 ? String.format(" (generated now in %.1f s)", generated) : " (already there)"));
        b.append(String.format("ANALYZE   : %.1f s%n", analyzed));
        b.append(String.format("Today     : %s (test clock)%n", LocalDate.now(clock)));
        b.append(String.format("Machine   : %s%n", BenchmarkMachine.describe()));
        b.append(String.format("Load avg  : %s (1, 5, 15 min; before -> after the measurements)%n", load));
        b.append(String.format("Database  : %s%n", database()));
        b.append(String.format(
                "JDK       : %s %s (%s), max heap %,d MiB%n",
                System.getProperty("java.vm.vendor"),
                System.getProperty("java.runtime.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        b.append(String.format("Runs      : %d warm-up, then %d timed, interleaved (median and p90)%n", WARMUP, RUNS));
        b.append(String.format(
                "Query     : %s … %s, all units (%,d rows in the answer, JSON body %,d bytes), all channels%n",
                FROM, TO, units, bodyBytes));
        b.append(String.format(
                "Figures   : received %,d, completed %,d, pending at end %,d, on time %,d / %,d handled%n",
                all.received(), all.completed(), all.pendingAtEnd(), all.onTime(), all.handled()));
        b.append('\n');
        b.append(String.format(
                "%-50s | %5s | %9s | %9s | %14s%n",
                "Operation (milliseconds)", "trips", "median", "p90", "ratio vs SQL"));
        b.append(line).append('\n');
        // the floor is the hand-written SQL row (the cache row after it is a what-if, not the reference)
        Row floorRow = rows.stream()
                .filter(r -> r.name().startsWith("hand-written SQL"))
                .findFirst()
                .orElse(rows.getLast());
        double floor = floorRow.stats().median();
        for (Row r : rows) {
            double ratio = r.stats().median() / floor;
            b.append(String.format(
                    "%-50s | %5d | %9.2f | %9.2f | %6.2fx%s%n",
                    r.name(),
                    r.stats().trips(),
                    r.stats().median(),
                    r.stats().p90(),
                    ratio,
                    r == floorRow || r.name().contains("(cache)") ? "" : ratio <= 1.5 ? "  (<= 1.5)" : "  (> 1.5!)"));
        }
        b.append('\n');
        b.append(String.format(
                "%-60s | %9s | %9s   (%d warm-up, %d timed)%n",
                "Where the time goes; what-if, bare SQL (milliseconds)", "median", "p90", WHATIF_WARMUP, WHATIF_RUNS));
        b.append(line).append('\n');
        for (Row r : whatIf) {
            b.append(String.format(
                    "%-60s | %9.2f | %9.2f%n",
                    r.name(), r.stats().median(), r.stats().p90()));
        }
        b.append('\n');
        b.append(String.format(
                "Import of %,d dossiers (CSV %,d bytes, DossierImportService.importFile as the committee, %d runs)%n",
                IMPORT_ROWS, csvBytes, imports.size()));
        b.append(String.format("%-50s | %9s | %9s | %14s%n", "Run (seconds)", "median", "p90", "rows/s (median)"));
        b.append(line).append('\n');
        b.append(importLine(
                "create (new codes)",
                imports.stream().mapToLong(ImportRun::create).toArray(),
                true));
        b.append(importLine(
                "re-import, every row unchanged",
                imports.stream().mapToLong(ImportRun::unchanged).toArray(),
                false));
        b.append(importLine(
                "update, every row changed",
                imports.stream().mapToLong(ImportRun::update).toArray(),
                false));
        b.append(importLine(
                "(delete of the imported rows, not an import)",
                imports.stream().mapToLong(ImportRun::delete).toArray(),
                false));
        b.append(String.format("%-50s | %9.2f |%n", "(of which: reading the CSV, TabularReader alone)", parse / 1e9));
        b.append(importLine(
                "(of which: reading the existing rows, bare SQL)",
                imports.stream().mapToLong(ImportRun::existing).toArray(),
                false));
        b.append('\n');
        b.append(
                "trips : commands the MariaDB server received in one run (global Questions counter: transaction and\n");
        b.append("        session commands included; another client of the server adds to it).\n");
        b.append(
                "API   : java.net.http client over loopback, bearer token of the committee user, the whole JSON read.\n");
        b.append("floor : one hand-written SELECT through JdbcTemplate, every count of every unit read; checked\n");
        b.append("        equal to the service's counts for every unit, as is the API's JSON.\n");
        b.append("import: rows/s = 100,000 / median seconds; reading the existing rows = DossierImportService's\n");
        b.append(
                "        select ... where code in (1,000 codes), copied, for the 100,000 codes through JdbcTemplate.\n");
        b.append("Target: API / SQL <= 1.5; import >= 10,000 rows/s.\n");
        b.append('\n').append("EXPLAIN (MariaDB)\n").append(line).append('\n');
        explains.forEach(e -> b.append(e).append('\n'));
        b.append(rule).append('\n');
        return b.toString();
    }

    private static String importLine(String name, long[] nanos, boolean target) {
        double median = percentile(nanos, 0.5) / 1e9;
        double rate = IMPORT_ROWS / median;
        return String.format(
                "%-50s | %9.2f | %9.2f | %,14.0f%s%n",
                name,
                median,
                percentile(nanos, 0.9) / 1e9,
                rate,
                target ? rate >= 10_000 ? "  (>= 10,000)" : "  (< 10,000!)" : "");
    }

    private String database() throws SQLException {
        Long size = jdbc.queryForObject(
                "select data_length + index_length from information_schema.tables"
                        + " where table_schema = database() and table_name = 'dossier'",
                Long.class);
        return BenchmarkMachine.mariadb(
                dataSource,
                jdbc,
                String.format("table dossier %,d MiB (data + indexes)", size == null ? 0 : size / (1024 * 1024)));
    }
}
