package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.parsteering.base.BusinessException;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class SignatureAndCatalogueTest extends IntegrationTest {

    @Autowired
    SignatureService signatures;

    @Autowired
    ProcedureService procedures;

    @Test
    void a_unit_head_enters_their_own_units_month_and_the_matrix_shows_the_rate() {
        as("head.baison", () -> signatures.save("XA-BAISON", YearMonth.of(2024, 4), 200, 150));
        SignatureRow row =
                as("inspector", () -> signatures.matrix(YearMonth.of(2024, 1), YearMonth.of(2024, 4))).stream()
                        .filter(r -> r.unitCode().equals("XA-BAISON"))
                        .findFirst()
                        .orElseThrow();
        assertThat(row.months().get(YearMonth.of(2024, 4))).isEqualTo(new Rate(150, 200));
        assertThat(row.months().get(YearMonth.of(2024, 4)).below(90)).isTrue();
    }

    @Test
    void a_unit_head_cannot_enter_another_units_figures_and_an_inspector_none() {
        assertThatThrownBy(() -> as("head.baison", () -> signatures.save("XA-BACSON", YearMonth.of(2024, 4), 10, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("inspector", () -> signatures.save("XA-BACSON", YearMonth.of(2024, 4), 10, 5)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void signed_over_issued_and_future_months_are_refused() {
        assertThatThrownBy(() -> as("committee", () -> signatures.save("XA-BACSON", YearMonth.of(2024, 4), 10, 11)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("import.error.signedOverIssued");
        assertThatThrownBy(() -> as("committee", () -> signatures.save("XA-BACSON", YearMonth.of(2024, 7), 10, 5)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("signatures.error.future");
    }

    @Test
    void the_catalogue_counts_match_the_seed_article() {
        var counts = as("inspector", () -> procedures.counts());
        assertThat(counts.get(ProcedureLevel.DISTRICT))
                .containsEntry(OnlineLevel.FULL, 111L)
                .containsEntry(OnlineLevel.PARTIAL, 150L);
        assertThat(counts.get(ProcedureLevel.COMMUNE))
                .containsEntry(OnlineLevel.FULL, 36L)
                .containsEntry(OnlineLevel.PARTIAL, 114L)
                .containsEntry(OnlineLevel.NONE, 6L);
        assertThat(as("inspector", () -> procedures.search("khai sinh", 0, 10)))
                .isNotEmpty()
                .allMatch(p -> p.name().toLowerCase().contains("khai sinh"));
    }
}
