package org.parsteering.unit;

import org.parsteering.base.DemoData;
import org.parsteering.base.DemoFile;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The demo's units ({@code demo/units.csv}, SPEC 8), through the unit import as a secretary would load them. */
@Component
@ConditionalOnProperty(name = "par.demo-data.enabled", havingValue = "true")
class DemoUnits implements DemoData {

    private final UnitImportService importService;

    DemoUnits(UnitImportService importService) {
        this.importService = importService;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        importService.importFile(DemoFile.bytes("units.csv"), "units.csv");
    }
}
