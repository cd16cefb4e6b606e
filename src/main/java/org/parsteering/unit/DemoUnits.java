package org.parsteering.unit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.parsteering.base.DemoData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The Do Luong district office, its 12 departments and 33 communes (SPEC 8), through the unit import. */
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
        try (InputStream in = DemoUnits.class.getResourceAsStream("/demo/units.csv")) {
            if (in == null) {
                throw new IllegalStateException("demo/units.csv missing from the classpath");
            }
            importService.importFile(in.readAllBytes(), "units.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
