package org.parsteering.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parsteering.base.PublicIds;
import org.springframework.jdbc.core.JdbcTemplate;
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

    /** Stores a file and returns its public id, the only id that ever leaves the database. */
    String saveFile(long reportId, EvidenceUpload upload, String contentType) {
        String publicId = PublicIds.next();
        try (InputStream content = Files.newInputStream(upload.file())) {
            jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement(
                        "insert into evidence (public_id, report_id, file_name, content_type, size_bytes, content)"
                                + " values (?, ?, ?, ?, ?, ?)");
                ps.setString(1, publicId);
                ps.setLong(2, reportId);
                ps.setString(3, upload.fileName());
                ps.setString(4, contentType);
                ps.setLong(5, upload.size());
                ps.setBinaryStream(6, content, upload.size());
                return ps;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return publicId;
    }

    void saveLink(long reportId, String url) {
        jdbc.update(
                "insert into evidence (public_id, report_id, url, size_bytes) values (?, ?, ?, 0)",
                PublicIds.next(),
                reportId,
                url);
    }

    Map<Long, List<EvidenceView>> forReports(List<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        String in = reportIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return jdbc
                .query(
                        "select public_id, report_id, file_name, content_type, size_bytes, url from evidence where report_id in ("
                                + in + ") order by id",
                        (rs, i) -> Map.entry(
                                rs.getLong("report_id"),
                                new EvidenceView(
                                        rs.getString("public_id"),
                                        rs.getString("file_name"),
                                        rs.getString("content_type"),
                                        rs.getLong("size_bytes"),
                                        rs.getString("url"))),
                        reportIds.toArray())
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The evidence with this public id; nothing for any other text (a row number included). */
    Optional<EvidenceView> find(String publicId) {
        if (!PublicIds.isWellFormed(publicId)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "select public_id, file_name, content_type, size_bytes, url from evidence where public_id = ?",
                        (rs, i) -> new EvidenceView(
                                rs.getString("public_id"),
                                rs.getString("file_name"),
                                rs.getString("content_type"),
                                rs.getLong("size_bytes"),
                                rs.getString("url")),
                        publicId)
                .stream()
                .findFirst();
    }

    /** Copies the stored file to {@code out} in chunks. */
    void copyContent(String publicId, OutputStream out) {
        if (!PublicIds.isWellFormed(publicId)) {
            return;
        }
        jdbc.query(
                "select content from evidence where public_id = ?",
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
                publicId);
    }
}
