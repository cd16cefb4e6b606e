package org.parsteering.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Migration V12 on a database that already holds evidence: every existing row gets its own random public id,
 * then the column is required and unique. On a private in-memory H2 (MODE=MariaDB) by default; on MariaDB
 * with {@code -Dmigration.test.db.url=jdbc:mariadb://…} (a database this test may empty: it cleans it before
 * and after).
 */
class EvidencePublicIdMigrationTest {

    private static final String URL = System.getProperty(
            "migration.test.db.url",
            "jdbc:h2:mem:v12test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1");
    private static final String USER =
            System.getProperty("migration.test.db.user", URL.contains(":h2:") ? "sa" : "par_test");
    private static final String PASSWORD =
            System.getProperty("migration.test.db.password", URL.contains(":h2:") ? "" : "par_test");

    private static FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(URL, USER, PASSWORD)
                .locations("classpath:db/migration")
                .cleanDisabled(false);
    }

    @Test
    void existing_evidence_rows_get_distinct_random_public_ids_and_the_column_becomes_required_and_unique()
            throws Exception {
        flyway().load().clean();
        try {
            flyway().target("10").load().migrate();
            try (Connection con = DriverManager.getConnection(URL, USER, PASSWORD);
                    Statement st = con.createStatement()) {
                // Evidence rows as earlier versions wrote them; their reports do not matter here.
                st.execute(URL.contains(":h2:") ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
                for (int i = 1; i <= 3; i++) {
                    st.execute("INSERT INTO evidence (report_id, file_name, content_type, size_bytes, content)"
                            + " VALUES (" + i + ", 'f" + i + ".pdf', 'application/pdf', 1, NULL)");
                }
                st.execute("INSERT INTO evidence (report_id, url, size_bytes) VALUES (1, 'https://example.org', 0)");
            }

            flyway().target("12").load().migrate();

            try (Connection con = DriverManager.getConnection(URL, USER, PASSWORD);
                    Statement st = con.createStatement()) {
                st.execute(URL.contains(":h2:") ? "SET REFERENTIAL_INTEGRITY FALSE" : "SET FOREIGN_KEY_CHECKS = 0");
                List<String> ids = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT public_id FROM evidence ORDER BY id")) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
                assertThat(ids).hasSize(4).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{32}"));
                assertThatThrownBy(() -> st.execute("INSERT INTO evidence (report_id, size_bytes) VALUES (1, 0)"))
                        .as("required")
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> st.execute("INSERT INTO evidence (public_id, report_id, size_bytes) VALUES ('"
                                + ids.getFirst() + "', 1, 0)"))
                        .as("unique")
                        .isInstanceOf(SQLException.class);
            }
        } finally {
            flyway().load().clean();
        }
    }
}
