package org.parsteering.dashboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.dashboard.DashboardService;
import org.parsteering.security.CurrentUser;

/**
 * The live heap an open committee dashboard keeps on the server: {@code n} dashboards built and attached (their
 * components, state nodes and the data they show), measured after a full GC before and after. For the
 * benchmark; needs a Karibu UI and a signed-in committee user.
 */
public final class DashboardHeapProbe {

    private DashboardHeapProbe() {}

    public static String measure(
            int n,
            Period period,
            DashboardService dashboards,
            org.parsteering.index.IndexResultService indexes,
            CurrentUser user,
            org.parsteering.calendar.PeriodLockService locks) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Div holder = new Div();
        UI.getCurrent().add(holder);
        long before = usedAfterGc(memory);
        List<DashboardView> views = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            DashboardView view = new DashboardView(dashboards, indexes, user, locks);
            view.show(period);
            holder.add(view);
            views.add(view);
            // as after the response to the browser: pending changes and JavaScript calls are sent and dropped
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
        long after = usedAfterGc(memory);
        long perView = (after - before) / n;
        String line = String.format(
                "live heap per open committee dashboard (%d built, after full GC): %,d bytes = %.0f KB (target ≤ 300 KB)%n",
                views.size(), perView, perView / 1024.0);
        holder.removeAll();
        return line;
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
