package org.parsteering.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parsteering.base.tabular.TabularFormat;
import org.parsteering.support.KaribuTest;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 10 §3 on the screen: an import that lost a race for the same rows says so, not "the import failed". */
class ImportConflictMessageTest extends KaribuTest {

    @Test
    @WithUserDetails("committee")
    void an_import_refused_by_a_concurrent_change_asks_to_try_again_in_a_moment() throws Exception {
        ImportDialog dialog = new ImportDialog(
                "Import",
                "help",
                new TabularFormat(
                        "things",
                        org.parsteering.base.tabular.ImportColumn.required(
                                "code", "import.rule.units.unit_code", "C1", "C2")),
                (bytes, name, progress) -> {
                    throw new CannotAcquireLockException("Lock wait timeout exceeded");
                },
                () -> {});
        dialog.open();
        dialog.showPreview("code\nC1\n".getBytes(StandardCharsets.UTF_8), "things.csv");
        _click(_get(dialog, Button.class, spec -> spec.withId("import-confirm")));
        dialog.running().handle((r, e) -> r).get(10, TimeUnit.SECONDS);
        MockVaadin.clientRoundtrip(false);
        assertThat(NotificationsKt.getNotifications())
                .extracting(ImportConflictMessageTest::text)
                .contains("Someone else is changing the same data; try again in a moment.");
    }

    private static String text(Notification n) {
        return n.getElement().getProperty("text", "");
    }
}
