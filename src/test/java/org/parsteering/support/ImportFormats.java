package org.parsteering.support;

import java.util.List;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.dossier.DossierImportService;
import org.parsteering.dossier.ProcedureImportService;
import org.parsteering.dossier.SignatureImportService;
import org.parsteering.plan.TaskImportService;
import org.parsteering.unit.UnitChangeImportService;
import org.parsteering.unit.UnitImportService;

/** The six imports of SPEC 5 and 2a, for the tests that check every one of them. */
public final class ImportFormats {

    public static final List<TabularFormat> ALL = List.of(
            UnitImportService.FORMAT,
            UnitChangeImportService.FORMAT,
            TaskImportService.FORMAT,
            ProcedureImportService.FORMAT,
            DossierImportService.FORMAT,
            SignatureImportService.FORMAT);

    private ImportFormats() {}
}
