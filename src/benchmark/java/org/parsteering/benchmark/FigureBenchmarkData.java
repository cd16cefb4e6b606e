package org.parsteering.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The province-scale data set of the figures benchmark (issue 4), written with multi-row JDBC inserts into
 * the schema of the migrations: the 1,000 units {@code BM-U0001}… of {@link BenchmarkData} (made if
 * missing, shared with the task-board benchmark), {@value #PROCEDURES} procedures {@code BM-P001}…,
 * {@value #DOSSIERS} dossiers {@code BM-D0000001}… received 2022-01-01 … 2024-12-31 (the data set is an
 * export taken at the end of 2024: nothing is completed after that day), and 36 months of signature
 * reports for each BM unit. Deterministic (fixed seed) and idempotent: a database that holds the data set
 * is left as it is; a partial one (an interrupted run) is cleared and rebuilt.
 *
 * <p>The mix: 100 departments take the district-level procedures (30 % of the dossiers), 900 communes the
 * commune-level ones, some units busier than others. Online dossiers grow from 30 % (January 2022) to 75 %
 * (December 2024) of those whose procedure is online, 2 % come by post, the rest in person. About 90 % are
 * completed on time, 8 % late (1–30 days), 1 % stall (never completed); those received in the last weeks
 * are pending because the export stops on 31 December 2024. Components fully digitised grow from 60 % to
 * 92 %, results digitised and signed grow too; a third of the procedures carry a fee, paid online by 60 %
 * of the online applicants.
 */
final class FigureBenchmarkData {

    static final int PROCEDURES = 300;
    static final int DISTRICT_PROCEDURES = 180;
    static final int DOSSIERS = 1_000_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final int MONTHS = 36;
    static final String PROCEDURE_PREFIX = "BM-P";
    static final String DOSSIER_PREFIX = "BM-D";

    /** Rows per multi-row insert statement; statements per JDBC batch; dossiers per transaction. */
    private static final int ROWS_PER_STATEMENT = 1_000;

    private static final int STATEMENTS_PER_BATCH = 10;
    private static final int DOSSIERS_PER_TRANSACTION = 100_000;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    FigureBenchmarkData(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** Makes sure the data set is there; returns the seconds spent generating it (0 when it was there). */
    double ensure() {
        if (count("select count(*) from admin_procedure where code like 'BM-P%'") == PROCEDURES
                && count("select count(*) from dossier where code like 'BM-D%'") == DOSSIERS
                && count("select count(*) from signature_report s join unit u on u.id = s.unit_id"
                                + " where u.code like 'BM-U%'")
                        == (long) BenchmarkData.EXTRA_UNITS * MONTHS) {
            return 0;
        }
        long start = System.nanoTime();
        tx.executeWithoutResult(s -> clear());
        List<Long> unitIds = tx.execute(s -> BenchmarkData.ensureUnits(jdbc));
        Procedure[] procedures = tx.execute(s -> procedures());
        dossiers(unitIds, procedures);
        tx.executeWithoutResult(s -> signatures(unitIds));
        return (System.nanoTime() - start) / 1e9;
    }

    private void clear() {
        jdbc.update("delete from dossier where code like 'BM-%'");
        jdbc.update("delete s from signature_report s join unit u on u.id = s.unit_id where u.code like 'BM-U%'");
        jdbc.update("delete from admin_procedure where code like 'BM-P%'");
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    /** A procedure as the generator needs it. */
    private record Procedure(long id, boolean district, String onlineLevel, boolean fee, int workingDays) {}

    private Procedure[] procedures() {
        Random random = new Random(766L);
        LocalDateTime updated = utc(LocalDate.of(2021, 12, 1));
        List<Object[]> rows = new ArrayList<>(PROCEDURES);
        String[] levels = new String[PROCEDURES];
        boolean[] fees = new boolean[PROCEDURES];
        int[] days = new int[PROCEDURES];
        for (int i = 0; i < PROCEDURES; i++) {
            boolean district = i < DISTRICT_PROCEDURES;
            int r = random.nextInt(100);
            levels[i] = r < 40 ? "FULL" : r < 90 ? "PARTIAL" : "NONE";
            fees[i] = random.nextInt(3) == 0;
            days[i] = district ? 3 + random.nextInt(18) : 1 + random.nextInt(10);
            rows.add(new Object[] {
                procedureCode(i + 1),
                (district ? "Thủ tục cấp huyện thử tải " : "Thủ tục cấp xã thử tải ") + (i + 1),
                district ? "DISTRICT" : "COMMUNE",
                levels[i],
                fees[i],
                updated
            });
        }
        BenchmarkData.insert(
                jdbc, "admin_procedure", "code, name, proc_level, online_level, fee_required, updated_at", rows);
        List<Long> ids =
                jdbc.queryForList("select id from admin_procedure where code like 'BM-P%' order by code", Long.class);
        Procedure[] result = new Procedure[PROCEDURES];
        for (int i = 0; i < PROCEDURES; i++) {
            result[i] = new Procedure(ids.get(i), i < DISTRICT_PROCEDURES, levels[i], fees[i], days[i]);
        }
        return result;
    }

    /**
     * The dossiers in order of receipt (codes follow that order, so the primary key and the code index
     * grow at their end), {@value #ROWS_PER_STATEMENT} rows per statement, a transaction per
     * {@value #DOSSIERS_PER_TRANSACTION}.
     */
    private void dossiers(List<Long> unitIds, Procedure[] procedures) {
        Random random = new Random(1_000_000L);
        int departments = BenchmarkData.EXTRA_UNITS / 10;
        // Some units are busier than others: weights 1…5, fixed by the seed.
        double[] departmentWeights = cumulative(departments, random);
        double[] communeWeights = cumulative(unitIds.size() - departments, random);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        double totalDays = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        List<String> statements = new ArrayList<>(STATEMENTS_PER_BATCH);
        StringBuilder sql = null;
        int inStatement = 0;
        int inTransaction = 0;
        List<String> transaction = new ArrayList<>();
        int number = 0;
        for (int k = 0; k < days.size(); k++) {
            LocalDate received = days.get(k);
            int today = (int) ((long) (k + 1) * DOSSIERS / days.size() - (long) k * DOSSIERS / days.size());
            double t = (received.toEpochDay() - FIRST_DAY.toEpochDay()) / totalDays; // 0 … 1 over the 3 years
            for (int n = 0; n < today; n++) {
                number++;
                boolean district = random.nextInt(100) < 30;
                long unitId = district
                        ? unitIds.get(pick(departmentWeights, random))
                        : unitIds.get(departments + pick(communeWeights, random));
                Procedure p = procedures[
                        district
                                ? random.nextInt(DISTRICT_PROCEDURES)
                                : DISTRICT_PROCEDURES + random.nextInt(PROCEDURES - DISTRICT_PROCEDURES)];
                int c = random.nextInt(1000);
                String channel;
                if (c < 20) {
                    channel = "POSTAL";
                } else if (!"NONE".equals(p.onlineLevel()) && random.nextDouble() < 0.30 + 0.45 * t) {
                    channel = "ONLINE";
                } else {
                    channel = "IN_PERSON";
                }
                LocalDate due = plusWorkingDays(received, p.workingDays());
                int o = random.nextInt(1000);
                LocalDate completed;
                if (o < 900) {
                    completed = received.plusDays(random.nextInt((int) (due.toEpochDay() - received.toEpochDay()) + 1));
                } else if (o < 990) {
                    completed = due.plusDays(1 + random.nextInt(30));
                } else {
                    completed = null; // stalled
                }
                if (completed != null && completed.isAfter(LAST_DAY)) {
                    completed = null; // the export stops at the end of 2024
                }
                int m = random.nextInt(1000);
                double full = 600 + 320 * t;
                String components = m < full ? "FULL" : m < full + 50 ? "PARTIAL" : "NONE";
                String digitized = "null";
                String signed = "null";
                if (completed != null) {
                    digitized = random.nextDouble() < 0.85 + 0.13 * t ? "1" : "0";
                    signed = random.nextDouble() < 0.70 + 0.25 * t ? "1" : "0";
                }
                boolean paid = p.fee() && random.nextDouble() < ("ONLINE".equals(channel) ? 0.60 : 0.05);
                if (sql == null) {
                    sql = new StringBuilder(ROWS_PER_STATEMENT * 130);
                    sql.append("insert into dossier (code, unit_id, procedure_id, channel, received_on, due_on,"
                            + " completed_on, components, result_digitized, result_signed, fee_required,"
                            + " paid_online, updated_at) values ");
                } else {
                    sql.append(',');
                }
                LocalDate touched = completed == null ? received : completed;
                sql.append("('")
                        .append(dossierCode(number))
                        .append("',")
                        .append(unitId)
                        .append(',')
                        .append(p.id())
                        .append(",'")
                        .append(channel)
                        .append("','")
                        .append(received)
                        .append("','")
                        .append(due)
                        .append("',")
                        .append(completed == null ? "null" : "'" + completed + "'")
                        .append(",'")
                        .append(components)
                        .append("',")
                        .append(digitized)
                        .append(',')
                        .append(signed)
                        .append(',')
                        .append(p.fee() ? 1 : 0)
                        .append(',')
                        .append(paid ? 1 : 0)
                        .append(",'")
                        .append(touched)
                        .append(" 10:00:00')");
                if (++inStatement == ROWS_PER_STATEMENT) {
                    transaction.add(sql.toString());
                    sql = null;
                    inStatement = 0;
                }
                if (++inTransaction == DOSSIERS_PER_TRANSACTION) {
                    if (sql != null) {
                        transaction.add(sql.toString());
                        sql = null;
                        inStatement = 0;
                    }
                    write(transaction, statements);
                    transaction.clear();
                    inTransaction = 0;
                }
            }
        }
        if (sql != null) {
            transaction.add(sql.toString());
        }
        write(transaction, statements);
        if (number != DOSSIERS) {
            throw new IllegalStateException(number + " dossiers generated instead of " + DOSSIERS);
        }
    }

    /** One transaction: the statements, {@value #STATEMENTS_PER_BATCH} to a JDBC batch. */
    private void write(List<String> transaction, List<String> batch) {
        if (transaction.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < transaction.size(); i += STATEMENTS_PER_BATCH) {
                batch.clear();
                batch.addAll(transaction.subList(i, Math.min(transaction.size(), i + STATEMENTS_PER_BATCH)));
                jdbc.batchUpdate(batch.toArray(String[]::new));
            }
        });
    }

    /** Signature reports of every BM unit for the 36 months of 2022–2024: most units improve over time. */
    private void signatures(List<Long> unitIds) {
        Random random = new Random(36L);
        List<Object[]> rows = new ArrayList<>(unitIds.size() * MONTHS);
        int departments = BenchmarkData.EXTRA_UNITS / 10;
        for (int u = 0; u < unitIds.size(); u++) {
            boolean department = u < departments;
            double start = department ? 0.75 + random.nextDouble() * 0.15 : 0.45 + random.nextDouble() * 0.30;
            double gain = random.nextDouble() * 0.25;
            for (int m = 0; m < MONTHS; m++) {
                LocalDate month = FIRST_DAY.plusMonths(m);
                int issued = department ? 60 + random.nextInt(340) : 15 + random.nextInt(120);
                double rate = Math.min(1.0, start + gain * m / (MONTHS - 1) + (random.nextDouble() - 0.5) * 0.06);
                int signed = (int) Math.round(issued * Math.max(0, rate));
                LocalDateTime updated = utc(month.plusMonths(1).plusDays(4));
                rows.add(new Object[] {0L, unitIds.get(u), month, issued, Math.min(signed, issued), updated});
            }
        }
        BenchmarkData.insert(
                jdbc,
                "signature_report",
                "version, unit_id, report_month, documents_issued, documents_signed, updated_at",
                rows);
    }

    private static double[] cumulative(int n, Random random) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 + random.nextInt(5);
            c[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, Random random) {
        double r = random.nextDouble();
        int i = java.util.Arrays.binarySearch(cumulative, r);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private static LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        LocalDate d = day;
        int left = workingDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }

    static String procedureCode(int i) {
        return PROCEDURE_PREFIX + String.format("%03d", i);
    }

    static String dossierCode(int i) {
        return DOSSIER_PREFIX + String.format("%07d", i);
    }

    /** Datetime columns hold UTC; the figures are entered at 9:00 in Vietnam. */
    private static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atTime(9, 0).atZone(VN).toInstant(), ZoneOffset.UTC);
    }

    /** Row counts for the report. */
    Map<String, Long> counts() {
        Map<String, Long> c = new LinkedHashMap<>();
        c.put("units", count("select count(*) from unit"));
        c.put("units BM-", count("select count(*) from unit where code like 'BM-U%'"));
        c.put("procedures", count("select count(*) from admin_procedure"));
        c.put("dossiers", count("select count(*) from dossier"));
        c.put("dossiers BM-", count("select count(*) from dossier where code like 'BM-D%'"));
        c.put("signature reports", count("select count(*) from signature_report"));
        return c;
    }
}
