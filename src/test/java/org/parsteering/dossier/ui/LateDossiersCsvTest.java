package org.parsteering.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parsteering.dossier.Channel;
import org.parsteering.dossier.LateDossier;

class LateDossiersCsvTest {

    @Test
    void the_export_has_a_bom_a_header_and_one_quoted_row_per_dossier() {
        byte[] csv = LateDossiersCsv.write(List.of(new LateDossier(
                "H01.1",
                "TTHC-X-001",
                "Đăng ký khai sinh, kết hôn",
                Channel.ONLINE,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 3, 10),
                null,
                21)));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().toList())
                .containsExactly(
                        "dossier_code,procedure_code,procedure_name,channel,received_on,due_on,completed_on,days_late",
                        "H01.1,TTHC-X-001,\"Đăng ký khai sinh, kết hôn\",ONLINE,2024-03-01,2024-03-10,,21");
    }
}
