package org.parsteering.unit;

import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo's units ({@code demo/units.csv}, SPEC 8), through the unit import as a secretary would load them. */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoUnits extends DemoData {

    private final UnitImportService importService;

    DemoUnits(UnitImportService importService) {
        super("units", 10);
        this.importService = importService;
    }

    @Override
    public void load() {
        importService.importFile(DemoFile.bytes("units.csv"), "units.csv");
    }
}
