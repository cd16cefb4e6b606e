package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures are cached per period and data version: a repeat is served from memory, any import or entry is seen at
 * once, on this node and on any other, and the cache stays within its size.
 */
@Transactional
class FigureCacheTest extends IntegrationTest {

    @Autowired
    FigureService figures;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureService signatures;

    static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    static final LocalDate TO = LocalDate.of(2024, 3, 31);

    private FigureCounts baison() {
        return as("committee", () -> figures.figures(FROM, TO, null, null)).units().stream()
                .filter(u -> u.unitCode().equals("XA-BAISON"))
                .findFirst()
                .orElseThrow()
                .counts();
    }

    @Test
    void a_repeat_is_served_from_the_cache_and_an_import_or_an_entry_is_seen_at_once() {
        FigureReport first = as("committee", () -> figures.figures(FROM, TO, null, null));
        assertThat(as("inspector", () -> figures.figures(FROM, TO, null, null))).isSameAs(first);
        long received = baison().received();
        String procedure =
                as("committee", () -> figures.lateDossiers("XA-BAISON", FROM, TO, null, LateKind.ALL, 0, 1)).stream()
                        .findFirst()
                        .map(LateDossier::procedureCode)
                        .orElseThrow();
        as(
                "committee",
                () -> dossiers.importFile(
                        ("dossier_code,unit_code,procedure_code,channel,received_on,due_on,completed_on,components_digitized,"
                                        + "result_digitized,result_signed,fee_required,paid_online\n"
                                        + "CACHE-1,XA-BAISON," + procedure
                                        + ",ONLINE,2024-02-01,2024-02-10,,FULL,,,N,N\n")
                                .getBytes(StandardCharsets.UTF_8),
                        "d.csv"));
        assertThat(baison().received()).isEqualTo(received + 1);

        long issued = baison().documentsIssued();
        as("head.baison", () -> signatures.save("XA-BAISON", java.time.YearMonth.of(2024, 3), 500, 400));
        assertThat(baison().documentsIssued()).isNotEqualTo(issued);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.springframework.cache.CacheManager caches;

    @Test
    void a_change_on_another_node_is_seen_at_once_because_the_key_carries_the_shared_data_version() {
        FigureReport first = as("committee", () -> figures.figures(FROM, TO, null, null));
        assertThat(as("committee", () -> figures.figures(FROM, TO, null, null))).isSameAs(first);
        // what DataVersion.changed() does on another node: only the database row changes, not this node's cache
        jdbc.update("update data_version set token = 'changed-elsewhere' where name = 'figures'");
        FigureReport after = as("committee", () -> figures.figures(FROM, TO, null, null));
        assertThat(after).isNotSameAs(first).isEqualTo(first);
        assertThat(as("committee", () -> figures.figures(FROM, TO, null, null))).isSameAs(after);
    }

    @Test
    void the_cache_keeps_at_most_its_maximum_number_of_reports() {
        var cache = (com.github.benmanes.caffeine.cache.Cache<?, ?>)
                caches.getCache(FigureCacheConfig.FIGURES).getNativeCache();
        for (int day = 0; day < 160; day++) {
            LocalDate d = FROM.plusDays(day);
            as("committee", () -> figures.figures(d, d, "XA-BAISON", null));
        }
        cache.cleanUp();
        assertThat(cache.estimatedSize()).isPositive().isLessThanOrEqualTo(128);
        assertThat(cache.policy().eviction().orElseThrow().getMaximum()).isEqualTo(128);
    }
}
