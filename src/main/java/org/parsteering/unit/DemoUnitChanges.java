package org.parsteering.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The province of today (SPEC 8), for a demo created on or after 1 July 2025: the provincial People's Committee
 * office, its departments and the 130 commune-level units of Nghệ An ({@code demo/province-units.csv}, through the
 * unit import), then the unit changes of 1 July 2025 ({@code demo/unit-changes.csv}, in the columns of the
 * {@code unit_changes} import, imported as the secretary would): the former Đô Lương district's 32
 * commune-level units merged into six communes, the district office abolished with its work taken over by the
 * province, its departments by the Department of Home Affairs. Both files are written by {@code
 * scripts/demo-nghean-2025.py} from the shared data files. A demo created earlier (the tests' 15 May 2024) keeps
 * the district of 2024: a change cannot be recorded before its date.
 *
 * <p>Order 42: after the dossiers of 2024 (40), which belong to the district's units, and before the accounts
 * are moved (43) and the activity since the changes is made (45).
 */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoUnitChanges extends DemoData {

    static final String HEADER =
            "change_date,kind,predecessors,successor_code,successor_name,successor_type,legal_basis";

    private final UnitImportService importService;
    private final UnitChangeImportService changeImport;
    private final Clock clock;

    DemoUnitChanges(UnitImportService importService, UnitChangeImportService changeImport, Clock clock) {
        super("unit-changes-2025", 42);
        this.importService = importService;
        this.changeImport = changeImport;
        this.clock = clock;
    }

    @Override
    public void load() {
        LocalDate today = LocalDate.now(clock);
        List<UnitChangeRequest> requests = requests(today);
        LocalDate first = requests.stream()
                .map(UnitChangeRequest::changeDate)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        if (first.isAfter(today)) {
            return;
        }
        importService.importFile(DemoFile.bytes("province-units.csv"), "province-units.csv");
        // through the import, as the secretary would load the resolution's changes from a file
        changeImport.importFile(DemoFile.bytes("unit-changes.csv"), "unit-changes.csv");
    }

    /** The rows of {@code demo/unit-changes.csv} as the change service takes them. */
    static List<UnitChangeRequest> requests(LocalDate today) {
        return DemoFile.read("unit-changes.csv", today, HEADER).rows().stream()
                .map(r -> new UnitChangeRequest(
                        r.date("change_date"),
                        r.choice("kind", UnitChangeKind.class),
                        r.list("predecessors"),
                        r.optional("successor_code"),
                        r.optional("successor_name"),
                        r.optional("successor_type") == null ? null : r.choice("successor_type", UnitType.class),
                        r.text("legal_basis")))
                .toList();
    }
}
