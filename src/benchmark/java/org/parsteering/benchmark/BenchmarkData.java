package org.parsteering.benchmark;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's data set, written with plain multi-row JDBC inserts into the schema of the migrations:
 * 1,000 extra units (codes {@code BM-U0001}…) under the district office and enough extra tasks of the
 * current plan (codes {@code BM-T00001}…, one lead and two coordinating units each) that the database
 * holds exactly {@value #TOTAL_ASSIGNMENTS} assignments, with a realistic mix of statuses, deadlines over
 * 2021–2026, progress and progress reports. Deterministic (fixed seed) and idempotent: a database that
 * already holds the data set is left as it is; a partial one (an interrupted run) is cleared and rebuilt.
 */
final class BenchmarkData {

    static final int EXTRA_UNITS = 1_000;
    static final int TOTAL_ASSIGNMENTS = 20_000;
    static final String UNIT_PREFIX = "BM-U";
    static final String TASK_PREFIX = "BM-T";
    static final String PLAN_CODE = "2021-2025";

    private static final int CHUNK = 500;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FIRST_DEADLINE = LocalDate.of(2021, 1, 1);
    private static final LocalDate LAST_DEADLINE = LocalDate.of(2026, 12, 31);

    private static final String[] TITLES = {
        "Số hóa hồ sơ, kết quả giải quyết TTHC",
        "Rà soát, đơn giản hóa thủ tục hành chính",
        "Kiểm tra công tác cải cách hành chính",
        "Rà soát văn bản quy phạm pháp luật",
        "Cung cấp dịch vụ công trực tuyến toàn trình",
        "Sắp xếp tổ chức bộ máy",
        "Bồi dưỡng kỹ năng số cho công chức",
        "Công khai ngân sách",
        "Thanh toán không dùng tiền mặt",
        "Vận hành hệ thống quản lý văn bản và điều hành",
        "Tuyên truyền cải cách hành chính",
        "Khảo sát sự hài lòng của người dân",
        "Nâng cấp Bộ phận một cửa",
        "Đảm bảo an toàn thông tin mạng",
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final LocalDate today;

    BenchmarkData(JdbcTemplate jdbc, TransactionTemplate tx, LocalDate today) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.today = today;
    }

    /**
     * Makes sure the data set is there; returns the seconds spent generating it (0 when it was there). The
     * caller runs ANALYZE TABLE afterwards.
     */
    double ensure() {
        long bmUnits = count("select count(*) from unit where code like 'BM-U%'");
        long assignments = count("select count(*) from assignment");
        long bmTasks = count("select count(*) from task where code like 'BM-T%'");
        if (bmUnits == EXTRA_UNITS && assignments == TOTAL_ASSIGNMENTS && bmTasks > 0) {
            return 0;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> {
            clear();
            generate();
        });
        return (System.nanoTime() - start) / 1e9;
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private void clear() {
        jdbc.update("""
                delete r from progress_report r join assignment a on a.id = r.assignment_id
                join task t on t.id = a.task_id where t.code like 'BM-T%'""");
        jdbc.update("delete a from assignment a join task t on t.id = a.task_id where t.code like 'BM-T%'");
        jdbc.update("delete from task where code like 'BM-T%'");
        // The BM units stay: FigureBenchmark's dossiers may refer to them (both benchmarks share par_bench).
    }

    private void generate() {
        Random random = new Random(20_000L);
        long planId = jdbc.queryForObject("select id from plan where code = ?", Long.class, PLAN_CODE);
        List<Long> fieldIds =
                jdbc.queryForList("select id from plan_field where plan_id = ? order by position", Long.class, planId);
        // 1. Units: 100 departments, 900 communes, all under the district office and active.
        List<Long> unitIds = ensureUnits(jdbc);
        List<Long> departments = unitIds.subList(0, EXTRA_UNITS / 10);

        // 2. Tasks: enough that the database holds exactly TOTAL_ASSIGNMENTS assignments.
        long existing = count("select count(*) from assignment");
        long wanted = TOTAL_ASSIGNMENTS - existing;
        int taskCount = (int) ((wanted + 2) / 3);
        int withTwo = (int) (3L * taskCount - wanted); // these get one coordinating unit instead of two
        List<GenTask> tasks = new ArrayList<>(taskCount);
        long span = LAST_DEADLINE.toEpochDay() - FIRST_DEADLINE.toEpochDay();
        for (int i = 1; i <= taskCount; i++) {
            LocalDate deadline = FIRST_DEADLINE.plusDays(random.nextLong(span + 1));
            GenTask t = new GenTask(
                    taskCode(i),
                    fieldIds.get(random.nextInt(fieldIds.size())),
                    TITLES[random.nextInt(TITLES.length)] + " – đợt " + i,
                    deadline);
            t.startDate = deadline.minusDays(60 + random.nextInt(240));
            t.priority = random.nextInt(10) < 2 ? "HIGH" : random.nextInt(10) < 1 ? "LOW" : "NORMAL";
            t.indexCriterion =
                    random.nextInt(10) < 3 ? "PAR INDEX " + (1 + random.nextInt(8)) + "." + random.nextInt(10) : null;
            t.status = status(deadline, random);
            // Units: a department leads a third of the tasks; the coordinating units are distinct from it.
            long lead = random.nextInt(3) == 0
                    ? departments.get(random.nextInt(departments.size()))
                    : unitIds.get(random.nextInt(unitIds.size()));
            List<Long> units = new ArrayList<>(List.of(lead));
            int coordinating = i <= withTwo ? 1 : 2;
            while (units.size() < 1 + coordinating) {
                long u = unitIds.get(random.nextInt(unitIds.size()));
                if (!units.contains(u)) {
                    units.add(u);
                }
            }
            t.leadUnitId = lead;
            fillAssignments(t, units, random);
            tasks.add(t);
        }
        List<Object[]> taskRows = new ArrayList<>(tasks.size());
        for (GenTask t : tasks) {
            LocalDateTime createdAt = utc(t.startDate.minusDays(10));
            taskRows.add(new Object[] {
                0L,
                planId,
                t.fieldId,
                t.code,
                t.title,
                "Nhiệm vụ " + t.code + " của kế hoạch CCHC 2021–2025 (dữ liệu thử tải): triển khai, theo dõi, báo cáo"
                        + " kết quả định kỳ về Ban Chỉ đạo.",
                "Báo cáo kết quả thực hiện",
                "Văn bản, báo cáo, hình ảnh minh chứng",
                t.startDate,
                t.deadline,
                t.priority,
                t.status,
                t.progress,
                t.doneLate,
                t.leadUnitId,
                t.indexCriterion,
                "CANCELLED".equals(t.status) ? "Không còn phù hợp sau khi sắp xếp đơn vị hành chính" : null,
                createdAt,
                max(createdAt, t.updatedAt)
            });
        }
        insert(
                jdbc,
                "task",
                "version, plan_id, field_id, code, title, description, expected_output, evidence_required, start_date,"
                        + " deadline, priority, status, progress, done_late, lead_unit_id, index_criterion,"
                        + " cancel_reason, created_at, updated_at",
                taskRows);
        Map<String, Long> taskIds = new HashMap<>();
        jdbc.query(
                "select id, code from task where code like 'BM-T%'",
                rs -> {
                    taskIds.put(rs.getString(2), rs.getLong(1));
                });

        // 3. Assignments.
        List<Object[]> assignmentRows = new ArrayList<>(TOTAL_ASSIGNMENTS);
        for (GenTask t : tasks) {
            long taskId = taskIds.get(t.code);
            LocalDateTime createdAt = utc(t.startDate.minusDays(10));
            for (GenAssignment a : t.assignments) {
                assignmentRows.add(new Object[] {
                    0L,
                    taskId,
                    a.unitId,
                    a.lead,
                    a.status,
                    a.progress,
                    t.deadline,
                    a.lastReportAt,
                    a.reportedOn,
                    a.doneOn,
                    a.doneLate,
                    null,
                    createdAt,
                    max(createdAt, a.lastReportAt)
                });
            }
        }
        insert(
                jdbc,
                "assignment",
                "version, task_id, unit_id, is_lead, status, progress, deadline, last_report_at, reported_on, done_on,"
                        + " done_late, return_reason, created_at, updated_at",
                assignmentRows);
        Map<String, Long> assignmentIds = new HashMap<>();
        jdbc.query(
                "select a.id, a.task_id, a.unit_id from assignment a join task t on t.id = a.task_id"
                        + " where t.code like 'BM-T%'",
                rs -> {
                    assignmentIds.put(rs.getLong(2) + "/" + rs.getLong(3), rs.getLong(1));
                });

        // 4. Progress reports.
        List<Object[]> reportRows = new ArrayList<>();
        for (GenTask t : tasks) {
            long taskId = taskIds.get(t.code);
            for (GenAssignment a : t.assignments) {
                long assignmentId = assignmentIds.get(taskId + "/" + a.unitId);
                for (GenReport r : a.reports) {
                    reportRows.add(new Object[] {assignmentId, r.kind, r.percent, r.note, r.by, r.at});
                }
            }
        }
        insert(jdbc, "progress_report", "assignment_id, kind, percent, note, reported_by, reported_at", reportRows);
    }

    /**
     * The {@value #EXTRA_UNITS} units {@code BM-U0001}… (100 departments, then 900 communes, all under the
     * district office and active since 2021), made if missing; their ids by code. Shared with
     * FigureBenchmarkData, so that both benchmarks can use the same database. Units are written in one
     * transaction with the caller's data, so a database holds all of them or none.
     */
    static List<Long> ensureUnits(JdbcTemplate jdbc) {
        Long existing = jdbc.queryForObject("select count(*) from unit where code like 'BM-U%'", Long.class);
        if (existing == null || existing != EXTRA_UNITS) {
            if (existing != null && existing > 0) {
                throw new IllegalStateException(existing + " BM units instead of " + EXTRA_UNITS
                        + ": drop the database par_bench and run again");
            }
            long districtId = jdbc.queryForObject("select id from unit where code = 'DISTRICT'", Long.class);
            LocalDateTime created = utc(LocalDate.of(2021, 1, 4));
            List<Object[]> unitRows = new ArrayList<>();
            for (int i = 1; i <= EXTRA_UNITS; i++) {
                boolean department = i <= EXTRA_UNITS / 10;
                unitRows.add(new Object[] {
                    0L,
                    unitCode(i),
                    (department ? "Phòng thử tải " : "Xã thử tải ") + String.format("%04d", i),
                    department ? "DEPARTMENT" : "COMMUNE",
                    districtId,
                    LocalDate.of(2021, 1, 1),
                    null,
                    created,
                    created
                });
            }
            insert(
                    jdbc,
                    "unit",
                    "version, code, name, unit_type, parent_id, active_from, active_to, created_at, updated_at",
                    unitRows);
        }
        return jdbc.queryForList("select id from unit where code like 'BM-U%' order by code", Long.class);
    }

    /** The task's status from its deadline against "today" (the test clock). */
    private String status(LocalDate deadline, Random random) {
        int r = random.nextInt(100);
        if (deadline.isBefore(today)) {
            return r < 72
                    ? "DONE"
                    : r < 75 ? "COMPLETED" : r < 90 ? "IN_PROGRESS" : r < 95 ? "NOT_STARTED" : "CANCELLED";
        }
        return r < 45 ? "NOT_STARTED" : r < 85 ? "IN_PROGRESS" : r < 91 ? "COMPLETED" : r < 97 ? "DONE" : "CANCELLED";
    }

    /** Assignments and their reports consistent with the task's status, as the services would leave them. */
    private void fillAssignments(GenTask t, List<Long> units, Random random) {
        LocalDate latestReport = today.minusDays(1);
        for (int k = 0; k < units.size(); k++) {
            GenAssignment a = new GenAssignment(units.get(k), k == 0);
            t.assignments.add(a);
            LocalDate first = min(t.startDate.plusDays(20 + random.nextInt(40)), latestReport);
            switch (t.status) {
                case "DONE" -> {
                    boolean late = t.deadline.isBefore(today) && random.nextInt(100) < 18;
                    LocalDate done = late
                            ? t.deadline.plusDays(5 + random.nextInt(55))
                            : t.deadline.minusDays(1 + random.nextInt(30));
                    done = min(done, latestReport);
                    first = min(first, done.minusDays(1));
                    a.status = "DONE";
                    a.progress = 100;
                    a.doneOn = done;
                    a.doneLate = done.isAfter(t.deadline);
                    a.report("PROGRESS", 50, "Đang triển khai", first, unitUser(a));
                    if (a.lead) {
                        a.reportedOn = done;
                        a.report("COMPLETION", 100, "Đã hoàn thành, gửi kèm báo cáo", done.minusDays(1), unitUser(a));
                        a.report("ACCEPTED", 100, null, done, "committee");
                    } else {
                        a.report("PROGRESS", 100, "Đã phối hợp thực hiện xong", done.minusDays(1), unitUser(a));
                    }
                }
                case "COMPLETED", "IN_PROGRESS" -> {
                    if (a.lead && "COMPLETED".equals(t.status)) {
                        LocalDate reported = min(t.deadline.minusDays(random.nextInt(10)), latestReport);
                        a.status = "COMPLETED";
                        a.progress = 100;
                        a.reportedOn = reported;
                        a.report("PROGRESS", 60, "Đang triển khai", min(first, reported.minusDays(1)), unitUser(a));
                        a.report("COMPLETION", 100, "Đề nghị Ban Chỉ đạo nghiệm thu", reported, unitUser(a));
                    } else if (a.lead || random.nextInt(10) < 7) {
                        a.status = "IN_PROGRESS";
                        a.progress = 10 + random.nextInt(80);
                        if (random.nextBoolean()) {
                            a.report("PROGRESS", a.progress, "Đã triển khai một phần", first, unitUser(a));
                        } else {
                            LocalDate later = min(first.plusDays(20 + random.nextInt(60)), latestReport);
                            a.report("PROGRESS", a.progress / 2, "Đã triển khai một phần", first, unitUser(a));
                            a.report("PROGRESS", a.progress, "Đang chậm tiến độ do thiếu kinh phí", later, unitUser(a));
                        }
                    }
                }
                case "CANCELLED" -> a.status = "CANCELLED";
                default -> {
                    // NOT_STARTED: no report yet
                }
            }
        }
        GenAssignment lead = t.assignments.getFirst();
        t.progress = lead.progress;
        t.doneLate = lead.doneLate;
        t.updatedAt = t.assignments.stream()
                .map(a -> a.lastReportAt)
                .filter(x -> x != null)
                .max(LocalDateTime::compareTo)
                .orElse(null);
    }

    private static String unitUser(GenAssignment a) {
        return "head.bm" + a.unitId;
    }

    /** Multi-row inserts of {@value #CHUNK} rows each; the full chunks go in one JDBC batch. */
    static void insert(JdbcTemplate jdbc, String table, String columns, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.getFirst().length;
        String row = "(" + String.join(",", Collections.nCopies(width, "?")) + ")";
        String prefix = "insert into " + table + " (" + columns + ") values ";
        List<Object[]> fullChunks = new ArrayList<>();
        int fullRows = rows.size() / CHUNK * CHUNK;
        for (int from = 0; from < fullRows; from += CHUNK) {
            fullChunks.add(flatten(rows.subList(from, from + CHUNK), width));
        }
        if (!fullChunks.isEmpty()) {
            jdbc.batchUpdate(prefix + String.join(",", Collections.nCopies(CHUNK, row)), fullChunks);
        }
        if (fullRows < rows.size()) {
            List<Object[]> rest = rows.subList(fullRows, rows.size());
            jdbc.update(prefix + String.join(",", Collections.nCopies(rest.size(), row)), flatten(rest, width));
        }
    }

    /** One chunk's parameters; nulls typed, so the driver is not asked for parameter metadata. */
    private static Object[] flatten(List<Object[]> rows, int width) {
        Object[] args = new Object[rows.size() * width];
        int i = 0;
        for (Object[] r : rows) {
            for (Object v : r) {
                args[i++] = v == null ? new SqlParameterValue(Types.NULL, null) : v;
            }
        }
        return args;
    }

    static String unitCode(int i) {
        return UNIT_PREFIX + String.format("%04d", i);
    }

    static String taskCode(int i) {
        return TASK_PREFIX + String.format("%05d", i);
    }

    /** Datetime columns hold UTC (hibernate.jdbc.time_zone=UTC); reports are made at 9:00 in Vietnam. */
    private static LocalDateTime utc(LocalDate day) {
        Instant at = day.atTime(9, 0).atZone(VN).toInstant();
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    /** Row counts of the tables the board reads, for the report. */
    Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("units", count("select count(*) from unit"));
        c.put("units BM-", count("select count(*) from unit where code like 'BM-U%'"));
        c.put("tasks", count("select count(*) from task"));
        c.put("tasks BM-", count("select count(*) from task where code like 'BM-T%'"));
        c.put("assignments", count("select count(*) from assignment"));
        c.put("progress reports", count("select count(*) from progress_report"));
        return c;
    }

    private static final class GenTask {
        final String code;
        final long fieldId;
        final String title;
        final LocalDate deadline;
        LocalDate startDate;
        String priority;
        String status;
        String indexCriterion;
        int progress;
        boolean doneLate;
        long leadUnitId;
        LocalDateTime updatedAt;
        final List<GenAssignment> assignments = new ArrayList<>(3);

        GenTask(String code, long fieldId, String title, LocalDate deadline) {
            this.code = code;
            this.fieldId = fieldId;
            this.title = title;
            this.deadline = deadline;
        }
    }

    private static final class GenAssignment {
        final long unitId;
        final boolean lead;
        String status = "NOT_STARTED";
        int progress;
        LocalDateTime lastReportAt;
        LocalDate reportedOn;
        LocalDate doneOn;
        boolean doneLate;
        final List<GenReport> reports = new ArrayList<>(3);

        GenAssignment(long unitId, boolean lead) {
            this.unitId = unitId;
            this.lead = lead;
        }

        void report(String kind, int percent, String note, LocalDate day, String by) {
            LocalDateTime at = utc(day);
            reports.add(new GenReport(kind, percent, note, by, at));
            lastReportAt = max(at, lastReportAt);
        }
    }

    private record GenReport(String kind, int percent, String note, String by, LocalDateTime at) {}
}
