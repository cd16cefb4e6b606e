package org.parsteering.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.ImportColumn;
import org.parsteering.base.tabular.ImportProgress;
import org.parsteering.base.tabular.ImportRejectedException;
import org.parsteering.base.tabular.ImportResult;
import org.parsteering.base.tabular.RowError;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.support.KaribuTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The import dialog's three steps: preview of the first rows and the row count, confirmation, then the import
 * in the background with its result; a refused file shows every bad row and offers them as a CSV.
 */
class ImportDialogTest extends KaribuTest {

    private static final TabularFormat FORMAT = new TabularFormat(
            "things",
            ImportColumn.required("code", "import.rule.units.unit_code", "C1", "C2"),
            ImportColumn.required("name", "import.rule.units.name", "One", "Two"));

    private static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("code,name\n");
        for (int i = 1; i <= rows; i++) {
            text.append("C").append(i).append(",Thing ").append(i).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails("committee")
    void a_file_is_previewed_and_imported_only_when_confirmed_in_the_background_as_the_user() throws Exception {
        List<String> calls = new CopyOnWriteArrayList<>();
        boolean[] refreshed = {false};
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                FORMAT,
                (bytes, name, progress) -> {
                    calls.add(Thread.currentThread().getName() + " as "
                            + SecurityContextHolder.getContext()
                                    .getAuthentication()
                                    .getName());
                    progress.report(ImportProgress.Phase.WRITING, 7, 7);
                    return new ImportResult(5, 1, 1);
                },
                () -> refreshed[0] = true);
        dialog.open();
        dialog.showPreview(csv(7), "things.csv");

        assertThat(_get(dialog, Paragraph.class, spec -> spec.withId("import-preview-summary"))
                        .getText())
                .isEqualTo("things.csv: 7 rows. The first 5:");
        @SuppressWarnings("unchecked")
        Grid<org.parsteering.base.tabular.TabularRow> grid = _get(dialog, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("C1", "Thing 1");
        assertThat(calls).isEmpty();

        _click(_get(dialog, Button.class, spec -> spec.withId("import-confirm")));
        dialog.running().get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);

        assertThat(calls).singleElement().asString().startsWith("par-job-").endsWith(" as committee");
        assertThat(_find(dialog, Paragraph.class, spec -> spec.withClasses("import-ok")))
                .singleElement()
                .extracting(Paragraph::getText)
                .isEqualTo("things.csv: 5 created, 1 updated, 1 unchanged.");
        assertThat(refreshed[0]).isTrue();
        assertThat(_find(dialog, Button.class, spec -> spec.withId("import-confirm")))
                .isEmpty();
    }

    @Test
    @WithUserDetails("committee")
    void while_it_runs_the_screen_polls_and_shows_the_phase_and_rows_done() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                FORMAT,
                (bytes, name, progress) -> {
                    progress.report(ImportProgress.Phase.CHECKING, 12000, 100000);
                    reported.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new ImportResult(100000, 0, 0);
                },
                () -> {});
        dialog.open();
        dialog.showPreview(csv(3), "things.csv");
        _click(_get(dialog, Button.class, spec -> spec.withId("import-confirm")));
        UI ui = UI.getCurrent();
        assertThat(ui.getPollInterval()).isPositive();
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(_get(dialog, Span.class, spec -> spec.withId("import-progress-text"))
                        .getText())
                .isEqualTo("Checking rows: 12,000 of 100,000");
        assertThat(_get(dialog, ProgressBar.class).getValue()).isEqualTo(0.12);

        release.countDown();
        dialog.running().get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        assertThat(_find(dialog, Span.class, spec -> spec.withId("import-progress-text")))
                .isEmpty();
    }

    @Test
    @WithUserDetails("committee")
    void a_file_that_cannot_be_read_shows_its_problems_before_anything_is_confirmed() {
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                FORMAT,
                (bytes, name, progress) -> {
                    throw new AssertionError("must not import");
                },
                () -> {});
        dialog.open();
        dialog.showPreview("code,colour\nC1,red\n".getBytes(StandardCharsets.UTF_8), "things.csv");
        assertThat(_find(dialog, Button.class, spec -> spec.withId("import-confirm")))
                .isEmpty();
        assertThat(_get(dialog, Paragraph.class, spec -> spec.withClasses("import-rejected"))
                        .getText())
                .isEqualTo("things.csv was not imported: 2 problems. Correct them and upload the file again.");
    }

    @Test
    @WithUserDetails("committee")
    void a_refused_file_lists_its_rows_and_offers_them_for_download() throws Exception {
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                FORMAT,
                (bytes, name, progress) -> {
                    throw new ImportRejectedException(List.of(
                            RowError.of(3, "channel", "import.error.badEnum", "FAX", "ONLINE | IN_PERSON | POSTAL")));
                },
                () -> {});
        dialog.open();
        dialog.showPreview(csv(2), "dossiers.csv");
        _click(_get(dialog, Button.class, spec -> spec.withId("import-confirm")));
        dialog.running().handle((r, e) -> r).get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(_get(dialog, Anchor.class, spec -> spec.withId("import-errors-csv")))
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
    void a_column_named_like_a_formula_reaches_the_error_list_as_text() throws Exception {
        ImportDialog dialog = new ImportDialog("Import", "help", FORMAT, (bytes, name, progress) -> null, () -> {});
        byte[] csv = dialog.errorsCsv(List.of(RowError.of(
                1, "=cmd|' /C calc'!A0", "import.error.unknownColumn", "=cmd|' /C calc'!A0", "code, name")));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        try (var parser = org.apache.commons.csv.CSVParser.parse(text, org.apache.commons.csv.CSVFormat.RFC4180)) {
            var row = parser.getRecords().get(1);
            assertThat(row.get(0)).isEqualTo("1");
            assertThat(row.get(1)).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.get(2)).startsWith("Unknown column \"=cmd");
        }
    }
}
