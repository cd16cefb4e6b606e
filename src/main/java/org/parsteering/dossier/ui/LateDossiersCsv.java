package org.parsteering.dossier.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parsteering.dossier.LateDossier;

/** A unit's late dossiers as a CSV file (UTF-8 with BOM, so spreadsheet programs read Vietnamese correctly). */
final class LateDossiersCsv {

    static final int MAX_ROWS = 100_000;

    private LateDossiersCsv() {}

    static byte[] write(List<LateDossier> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer =
                new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(
                    "dossier_code",
                    "procedure_code",
                    "procedure_name",
                    "channel",
                    "received_on",
                    "due_on",
                    "completed_on",
                    "days_late");
            for (LateDossier d : rows) {
                printer.printRecord(
                        d.code(),
                        d.procedureCode(),
                        d.procedureName(),
                        d.channel(),
                        d.receivedOn(),
                        d.dueOn(),
                        d.completedOn() == null ? "" : d.completedOn(),
                        d.daysLate());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
