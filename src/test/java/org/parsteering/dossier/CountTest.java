package org.parsteering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The one order of the counts: the enum, the record (and so the API's JSON) and the label keys agree. */
class CountTest {

    @Test
    void the_counts_follow_the_components_of_figure_counts_in_order() {
        assertThat(Arrays.stream(Count.values()).map(Count::field))
                .containsExactlyElementsOf(Arrays.stream(FigureCounts.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
        assertThat(Count.PENDING_AT_END.column()).isEqualTo("pending_at_end");
        assertThat(Count.COMPONENTS_FULLY_DIGITIZED.field()).isEqualTo("componentsFullyDigitized");
    }

    @Test
    void each_count_reads_its_own_component_and_of_builds_the_counts_back() {
        FigureCounts counts = FigureCounts.of(c -> 100 + c.ordinal());
        for (Count c : Count.values()) {
            assertThat(c.of(counts)).as(c.name()).isEqualTo(100 + c.ordinal());
        }
        assertThat(counts.plus(counts)).isEqualTo(FigureCounts.of(c -> 2 * (100 + c.ordinal())));
        assertThat(FigureCounts.ZERO.plus(counts)).isEqualTo(counts);
    }

    @Test
    void every_count_has_its_label_in_both_languages() throws Exception {
        for (String file : new String[] {"translations.properties", "translations_vi.properties"}) {
            Properties p = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + file)) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Count c : Count.values()) {
                assertThat(p.getProperty(c.messageKey()))
                        .as(file + " " + c.messageKey())
                        .isNotBlank();
            }
        }
    }

    @Test
    void every_rate_is_a_count_over_a_count() {
        FigureCounts counts = FigureCounts.of(c -> c.ordinal() + 1);
        for (Figure f : Figure.values()) {
            assertThat(f.of(counts))
                    .isEqualTo(
                            new Rate(f.numerator().of(counts), f.denominator().of(counts)));
        }
        assertThat(Figure.ON_TIME.of(counts)).isEqualTo(new Rate(counts.onTime(), counts.handled()));
        assertThat(Figure.SIGNATURES.of(counts))
                .isEqualTo(new Rate(counts.documentsSigned(), counts.documentsIssued()));
    }
}
