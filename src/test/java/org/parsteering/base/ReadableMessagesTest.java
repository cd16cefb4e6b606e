package org.parsteering.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parsteering.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Dates in translated messages are the reader's (dd/MM/yyyy in Vietnamese), whichever service passed them. */
class ReadableMessagesTest extends IntegrationTest {

    @Autowired
    I18NProvider i18n;

    @Test
    void a_date_argument_is_formatted_for_the_reader_on_screens_and_in_the_api() {
        LocalDate day = LocalDate.of(2025, 6, 30);
        assertThat(i18n.getTranslation("unit.change.error.alreadyChanged", Formats.VIETNAMESE, "XA-BAISON", day))
                .isEqualTo("Đơn vị XA-BAISON đã được sáp nhập hoặc giải thể ngày 30/06/2025.");
        assertThat(i18n.getTranslation("unit.change.error.alreadyChanged", Locale.ENGLISH, "XA-BAISON", day))
                .isEqualTo("Unit XA-BAISON was already merged or abolished on 30 Jun 2025.");
        assertThat(Messages.english("unit.change.error.alreadyChanged", "XA-BAISON", day))
                .isEqualTo("Unit XA-BAISON was already merged or abolished on 30 Jun 2025.");
        // the plain translations are still found in both languages
        assertThat(i18n.getTranslation("unit.type.WARD", Formats.VIETNAMESE)).isEqualTo("Phường");
        assertThat(i18n.getTranslation("unit.type.WARD", Locale.ENGLISH)).isEqualTo("Ward");
    }
}
