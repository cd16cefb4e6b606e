package org.parsteering.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.support.KaribuTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A refused file shows every bad row and offers them as a CSV to fix the file with. */
class ImportDialogTest extends KaribuTest {

    @Test
    @WithUserDetails("committee")
    void a_refused_file_lists_its_rows_and_offers_them_for_download() {
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                (bytes, name) -> {
                    throw new ImportRejectedException(List.of(
                            RowError.of(3, "channel", "import.error.badEnum", "FAX", "ONLINE | IN_PERSON | POSTAL")));
                },
                () -> {});
        dialog.open();
        dialog.handle(
                (bytes, name) -> {
                    throw new ImportRejectedException(List.of(
                            RowError.of(3, "channel", "import.error.badEnum", "FAX", "ONLINE | IN_PERSON | POSTAL")));
                },
                new byte[0],
                "dossiers.csv");
        assertThat(_get(dialog, com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("import-errors-csv")))
                .isNotNull();
        byte[] csv = dialog.errorsCsv(
                List.of(RowError.of(3, "channel", "import.error.badEnum", "FAX", "ONLINE | IN_PERSON | POSTAL")));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .containsExactly(
                        "Line,Column,Problem", "3,channel,\"\"\"FAX\"\" is not one of ONLINE | IN_PERSON | POSTAL.\"");
    }

    @Test
    @WithUserDetails("committee")
    void an_accepted_file_reports_its_counts() {
        boolean[] refreshed = {false};
        ImportDialog dialog = new ImportDialog(
                "Import", "help", (bytes, name) -> new ImportResult(2, 1, 3), () -> refreshed[0] = true);
        dialog.open();
        dialog.handle((bytes, name) -> new ImportResult(2, 1, 3), new byte[0], "units.csv");
        assertThat(refreshed[0]).isTrue();
    }
}
