package org.parsteering.base.tabular;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parsteering.base.Messages;
import org.parsteering.base.ui.ImportDialog;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.support.ImportFormats;
import org.parsteering.support.KaribuTest;
import org.parsteering.unit.UnitChangeImportService;
import org.parsteering.unit.UnitImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each import declares its columns once (name, required, what it holds, allowed values, examples); the
 * dialog, the template files and the README are made from that declaration, and each template passes its
 * own importer's checks.
 */
@Transactional
class ImportTemplatesTest extends KaribuTest {

    @Autowired
    UnitImportService units;

    @Autowired
    UnitChangeImportService unitChanges;

    @Autowired
    TaskImportService tasks;

    @Autowired
    ProcedureImportService procedures;

    @Autowired
    DossierImportService dossiers;

    @Autowired
    SignatureImportService signatures;

    /** Reads the template back as the dialog would and imports it (the test's transaction is rolled back). */
    private ImportResult dryRun(
            TabularFormat format, String fileName, byte[] bytes, Function<TabularFile, ImportResult> importer) {
        TabularFile file = TabularReader.read(bytes, fileName, format);
        assertThat(file.columns()).containsExactlyElementsOf(format.allColumns());
        assertThat(file.rows()).hasSize(2);
        return importer.apply(file);
    }

    private void bothTemplatesImport(TabularFormat format, Function<TabularFile, ImportResult> importer) {
        for (boolean xlsx : new boolean[] {false, true}) {
            byte[] bytes = xlsx ? ImportTemplates.xlsx(format) : ImportTemplates.csv(format);
            String name = xlsx ? ImportTemplates.xlsxName(format) : ImportTemplates.csvName(format);
            // ImportRejectedException with the bad rows if a template broke its importer's rules
            ImportResult result = dryRun(format, name, bytes, importer);
            assertThat(result.created() + result.updated() + result.unchanged())
                    .as(name)
                    .isEqualTo(2);
        }
    }

    @Test
    @WithUserDetails("secretary")
    void the_unit_template_passes_the_unit_import() {
        bothTemplatesImport(UnitImportService.FORMAT, units::importUnits);
    }

    /** The mergers of the template take effect on 1 July 2025: the test stands the day after. */
    @Test
    @WithUserDetails("secretary")
    void the_unit_change_template_passes_the_unit_change_import() {
        clock.set(java.time.Instant.parse("2025-07-02T02:00:00Z"));
        bothTemplatesImport(UnitChangeImportService.FORMAT, unitChanges::importUnitChanges);
    }

    @Test
    @WithUserDetails("committee")
    void the_task_template_passes_the_task_import() {
        bothTemplatesImport(TaskImportService.FORMAT, tasks::importTasks);
    }

    @Test
    @WithUserDetails("committee")
    void the_procedure_template_passes_the_procedure_import() {
        bothTemplatesImport(ProcedureImportService.FORMAT, procedures::importProcedures);
    }

    @Test
    @WithUserDetails("committee")
    void the_dossier_template_with_a_completed_and_a_pending_dossier_passes_the_dossier_import() {
        bothTemplatesImport(DossierImportService.FORMAT, dossiers::importDossiers);
    }

    @Test
    @WithUserDetails("committee")
    void the_signature_template_passes_the_signature_import() {
        bothTemplatesImport(SignatureImportService.FORMAT, signatures::importSignatures);
    }

    @Test
    @WithUserDetails("committee")
    void the_dialog_lists_every_column_with_its_allowed_values_and_offers_both_templates() {
        ImportDialog dialog =
                new ImportDialog("Import", "help", DossierImportService.FORMAT, (f, n, p) -> null, () -> {});
        dialog.open();
        List<Div> columns = _find(dialog, Div.class, spec -> spec.withClasses("import-column"));
        assertThat(columns)
                .extracting(d -> d.getElement().getAttribute("data-column"))
                .containsExactlyElementsOf(DossierImportService.FORMAT.allColumns());
        assertThat(allowed(dialog, "channel"))
                .isEqualTo("Allowed values: ONLINE (" + Messages.english("figures.channel.ONLINE") + "), IN_PERSON ("
                        + Messages.english("figures.channel.IN_PERSON") + "), POSTAL ("
                        + Messages.english("figures.channel.POSTAL") + ")");
        assertThat(allowed(dialog, "components_digitized")).contains("FULL (", "PARTIAL (", "NONE (");
        assertThat(allowed(dialog, "result_signed")).isEqualTo("Allowed values: Y (yes), N (no)");
        assertThat(column(dialog, "result_signed").getElement().getTextRecursively())
                .contains("leave empty while the dossier is pending");
        assertThat(column(dialog, "received_on").getElement().getTextRecursively())
                .contains("yyyy-MM-dd");
        assertThat(_get(dialog, Anchor.class, spec -> spec.withId("import-template-csv"))
                        .getText())
                .isEqualTo("Download a template (CSV)");
        assertThat(_get(dialog, Anchor.class, spec -> spec.withId("import-template-xlsx"))
                        .getText())
                .isEqualTo("Download a template (XLSX)");
    }

    private static Div column(ImportDialog dialog, String name) {
        return _find(dialog, Div.class, spec -> spec.withClasses("import-column")).stream()
                .filter(d -> name.equals(d.getElement().getAttribute("data-column")))
                .findFirst()
                .orElseThrow();
    }

    private static String allowed(ImportDialog dialog, String name) {
        return _get(column(dialog, name), Div.class, spec -> spec.withClasses("import-column-allowed"))
                .getText();
    }

    /** The README's import section is the declarations in English, word for word. */
    @Test
    void the_readme_lists_every_column_and_allowed_value_as_the_imports_declare_them() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String start =
                "<!-- import-columns: generated from the importers' declarations, checked by ImportTemplatesTest -->\n";
        String end = "<!-- /import-columns -->";
        String expected = readmeSection();
        int from = readme.indexOf(start);
        int to = readme.indexOf(end);
        if (from < 0
                || to < from
                || !readme.substring(from + start.length(), to).equals(expected)) {
            Files.writeString(Path.of("target/README-import-columns.md"), expected);
        }
        assertThat(from).as("README marker").isNotNegative();
        assertThat(readme.substring(from + start.length(), to))
                .as("README import columns (expected text in target/README-import-columns.md)")
                .isEqualTo(expected);
    }

    static String readmeSection() {
        StringBuilder md = new StringBuilder();
        for (TabularFormat format : ImportFormats.ALL) {
            md.append("\n**")
                    .append(format.name())
                    .append("** (`")
                    .append(ImportTemplates.csvName(format))
                    .append("`):\n\n");
            md.append("| column | required | what it holds | allowed values | example |\n");
            md.append("|---|---|---|---|---|\n");
            for (ImportColumn c : format.columns()) {
                String allowed = c.allowed().stream()
                        .map(v -> "`" + v.code() + "` " + Messages.english(v.labelKey()))
                        .collect(Collectors.joining(", "));
                String example = c.examples().stream()
                        .filter(e -> !e.isEmpty())
                        .findFirst()
                        .map(e -> "`" + e + "`")
                        .orElse("");
                md.append("| `")
                        .append(c.name())
                        .append("` | ")
                        .append(c.required() ? "yes" : "no")
                        .append(" | ")
                        .append(Messages.english(c.ruleKey()))
                        .append(" | ")
                        .append(allowed)
                        .append(" | ")
                        .append(example)
                        .append(" |\n");
            }
        }
        return md.append('\n').toString();
    }
}
