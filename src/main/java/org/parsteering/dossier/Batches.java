package org.parsteering.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** Chunked JDBC reads and writes for the imports: large files never turn into one statement per row. */
final class Batches {

    static final int CHUNK = 1000;

    private Batches() {}

    /** Rows of {@code select ... where key in (...)}, read in chunks, by key. */
    static <T> Map<String, T> byKeys(
            JdbcTemplate jdbc,
            String selectWhereKeyIn,
            Collection<String> keys,
            RowMapper<T> mapper,
            Function<T, String> keyOf) {
        Map<String, T> result = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            String in = chunk.stream().map(k -> "?").collect(Collectors.joining(","));
            for (T row : jdbc.query(selectWhereKeyIn + " (" + in + ")", mapper, chunk.toArray())) {
                result.put(keyOf.apply(row), row);
            }
        }
        return result;
    }

    static void update(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        update(jdbc, sql, rows, done -> {});
    }

    /** As {@link #update(JdbcTemplate, String, List)}, telling {@code written} the rows written so far. */
    static void update(JdbcTemplate jdbc, String sql, List<Object[]> rows, IntConsumer written) {
        for (int i = 0; i < rows.size(); i += CHUNK) {
            int end = Math.min(rows.size(), i + CHUNK);
            jdbc.batchUpdate(sql, rows.subList(i, end));
            written.accept(end);
        }
    }
}
