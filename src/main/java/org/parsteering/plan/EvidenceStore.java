package org.parsteering.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Evidence files in the database, so that every application node serves them without shared disks. Files
 * go in from their temporary upload file and out to the HTTP response as streams, through JDBC rather than
 * JPA so that no entity ever holds a file's bytes.
 */
@Component
class EvidenceStore {

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long saveFile(long reportId, EvidenceUpload upload, String contentType) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try (InputStream content = Files.newInputStream(upload.file())) {
            jdbc.update(
                    con -> {
                        PreparedStatement ps = con.prepareStatement(
                                "insert into evidence (report_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        ps.setLong(1, reportId);
                        ps.setString(2, upload.fileName());
                        ps.setString(3, contentType);
                        ps.setLong(4, upload.size());
                        ps.setBinaryStream(5, content, upload.size());
                        return ps;
                    },
                    keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys.getKeyList().getFirst().values().stream()
                .filter(Number.class::isInstance)
                .map(Number.class::cast)
                .findFirst()
                .orElseThrow()
                .longValue();
    }

    void saveLink(long reportId, String url) {
        jdbc.update("insert into evidence (report_id, url, size_bytes) values (?, ?, 0)", reportId, url);
    }

    Map<Long, List<EvidenceView>> forReports(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        String in = reportIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc
                .query(
                        "select id, report_id, file_name, content_type, size_bytes, url from evidence where report_id in ("
                                + in + ") order by id",
                        (rs, i) -> Map.entry(
                                rs.getLong("report_id"),
                                new EvidenceView(
                                        rs.getLong("id"),
                                        rs.getString("file_name"),
                                        rs.getString("content_type"),
                                        rs.getLong("size_bytes"),
                                        rs.getString("url"))),
                        reportIds.toArray())
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    Optional<EvidenceView> find(long id) {
        return jdbc
                .query(
                        "select id, file_name, content_type, size_bytes, url from evidence where id = ?",
                        (rs, i) -> new EvidenceView(
                                rs.getLong("id"),
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getLong("size_bytes"),
                                rs.getString("url")),
                        id)
                .stream()
                .findFirst();
    }

    /** Copies the stored file to {@code out} in chunks. */
    void copyContent(long id, OutputStream out) {
        jdbc.query(
                "select content from evidence where id = ?",
                rs -> {
                    if (rs.next()) {
                        try (InputStream in = rs.getBinaryStream(1)) {
                            if (in != null) {
                                in.transferTo(out);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                },
                id);
    }
}
