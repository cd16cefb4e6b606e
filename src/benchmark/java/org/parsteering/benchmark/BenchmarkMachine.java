package org.parsteering.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a benchmark's report says about the machine and the database it ran on. */
final class BenchmarkMachine {

    private BenchmarkMachine() {}

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}), or "unknown". */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPUs, CPU model, RAM and operating system. */
    static String describe() {
        int cpus = Runtime.getRuntime().availableProcessors();
        long ram = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize();
        }
        String model = "";
        try {
            model = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the model stays unknown
        }
        return String.format(
                "%d CPUs (nproc)%s, %.1f GiB RAM, %s %s",
                cpus,
                model.isEmpty() ? "" : " " + model,
                ram / (1024.0 * 1024 * 1024),
                System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    /** "MariaDB version, innodb_buffer_pool_size N MiB" followed by {@code extra} and the JDBC URL. */
    static String mariadb(DataSource dataSource, JdbcTemplate jdbc, String extra) throws SQLException {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL().replaceAll("\\?.*", "");
        }
        String version = jdbc.queryForObject("select version()", String.class);
        Long pool = jdbc.queryForObject("select @@innodb_buffer_pool_size", Long.class);
        return String.format(
                "MariaDB %s, innodb_buffer_pool_size %,d MiB, %s%s",
                version, pool == null ? 0 : pool / (1024 * 1024), extra.isEmpty() ? "" : extra + ", ", url);
    }

    /** The database product and URL, to check that the benchmark runs on MariaDB. */
    static String product(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getURL();
        }
    }

    /** MariaDB's EXPLAIN rows as an aligned text table under {@code title}. */
    static String explainTable(String title, List<Map<String, Object>> plan) {
        String[] columns = {
            "id", "select_type", "table", "type", "possible_keys", "key", "key_len", "ref", "rows", "Extra"
        };
        List<String[]> lines = new ArrayList<>();
        lines.add(columns);
        for (Map<String, Object> row : plan) {
            String[] line = new String[columns.length];
            for (int i = 0; i < columns.length; i++) {
                Object v = row.get(columns[i]);
                line[i] = v == null ? "" : v.toString();
            }
            lines.add(line);
        }
        int[] width = new int[columns.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder b = new StringBuilder(title).append('\n');
        for (String[] line : lines) {
            b.append("  ");
            for (int i = 0; i < line.length; i++) {
                b.append(String.format("%-" + width[i] + "s", line[i])).append(i + 1 < line.length ? " | " : "");
            }
            b.append('\n');
        }
        return b.toString();
    }
}
