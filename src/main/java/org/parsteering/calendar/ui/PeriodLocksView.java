package org.parsteering.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.parsteering.base.Period;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.FieldErrors;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.calendar.PeriodLock;
import org.parsteering.calendar.PeriodLockService;

/**
 * Locked reporting periods (SPEC 4a, the secretary's): the months and quarters closed so far, with who locked them
 * and when; locking one that has ended (after a confirmation) and unlocking one with a reason.
 */
@Route("admin/locks")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 84, icon = "vaadin:lock", title = "nav.locks")
public class PeriodLocksView extends Main implements HasDynamicTitle {

    /** How far back the choice of periods to lock goes: two years of quarters and months. */
    static final int MONTHS_BACK = 24;

    private final PeriodLockService locks;
    private final Clock clock;
    final Select<Period> choice = new Select<>();
    final Button lock = new Button();
    final Grid<PeriodLock> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    public PeriodLocksView(PeriodLockService locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
        addClassName("locks-view");
        add(new ViewHeader(getTranslation("nav.locks"), getTranslation("locks.description")));

        choice.setLabel(getTranslation("locks.period"));
        choice.setItemLabelGenerator(p -> p.label(getLocale()));
        choice.setId("locks-period");
        choice.setEmptySelectionAllowed(false);
        lock.setText(getTranslation("locks.lock"));
        lock.setIcon(VaadinIcon.LOCK.create());
        lock.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        lock.setId("locks-lock");
        lock.addClickListener(e -> confirmLock());
        HorizontalLayout bar = new HorizontalLayout(choice, lock);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.addColumn(l -> l.period().label(getLocale()))
                .setHeader(getTranslation("locks.period"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(l -> Formats.date(l.period().from(), getLocale()) + " – "
                        + Formats.date(l.period().to(), getLocale()))
                .setHeader(getTranslation("locks.days"))
                .setAutoWidth(true);
        grid.addColumn(l -> Formats.dateTime(l.lockedAt(), getLocale()))
                .setHeader(getTranslation("locks.lockedAt"))
                .setAutoWidth(true);
        grid.addColumn(PeriodLock::lockedBy)
                .setHeader(getTranslation("locks.lockedBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> {
                    Button unlock = new Button(getTranslation("locks.unlock"), VaadinIcon.UNLOCK.create());
                    unlock.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    unlock.addClickListener(e -> openUnlock(l));
                    unlock.setId("locks-unlock-" + l.period().key());
                    return unlock;
                })
                .setHeader(getTranslation("common.actions"))
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setId("locks-grid");
        empty.addClassName("notice");
        empty.setText(getTranslation("locks.empty"));
        add(bar, empty, grid);
        refresh();
    }

    /** The ended quarters and months of the last two years that no lock covers yet, the newest first. */
    List<Period> lockable() {
        List<PeriodLock> current = locks.locks();
        LocalDate today = LocalDate.now(clock);
        List<Period> out = new ArrayList<>();
        YearMonth m = YearMonth.from(today).minusMonths(1);
        for (int i = 0; i < MONTHS_BACK; i++, m = m.minusMonths(1)) {
            Period month = Period.month(m);
            if (m.getMonthValue() % 3 == 0) {
                Period quarter = Period.quarterOf(month.from());
                if (!covered(current, quarter)) {
                    out.add(quarter);
                }
            }
            if (!covered(current, month)) {
                out.add(month);
            }
        }
        return out;
    }

    private static boolean covered(List<PeriodLock> current, Period p) {
        return current.stream().anyMatch(l -> l.covers(p));
    }

    void refresh() {
        List<PeriodLock> all = new ArrayList<>(locks.locks());
        java.util.Collections.reverse(all); // the newest period first
        grid.setItems(all);
        empty.setVisible(all.isEmpty());
        List<Period> open = lockable();
        choice.setItems(open);
        if (!open.isEmpty()) {
            choice.setValue(open.getFirst());
        }
        lock.setEnabled(!open.isEmpty());
    }

    private void confirmLock() {
        Period p = choice.getValue();
        if (p == null) {
            choice.setInvalid(true);
            choice.setErrorMessage(getTranslation("locks.choose"));
            return;
        }
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("locks.confirmTitle", p.label(getLocale())));
        d.setText(getTranslation("locks.confirmText", p.label(getLocale())));
        d.setCancelable(true);
        d.setCancelText(getTranslation("common.cancel"));
        d.setConfirmText(getTranslation("locks.lock"));
        d.setId("locks-confirm");
        d.addConfirmListener(e -> lock(p));
        d.open();
    }

    void lock(Period p) {
        PeriodLock done = locks.lock(p);
        Notifications.success(getTranslation("locks.locked", done.period().label(getLocale())));
        refresh();
    }

    private void openUnlock(PeriodLock l) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("locks.unlockTitle", l.period().label(getLocale())));
        d.setId("locks-unlock-dialog");
        TextArea reason = new TextArea(getTranslation("locks.reason"));
        reason.setRequired(true);
        reason.setMaxLength(PeriodLockService.REASON_LENGTH);
        reason.setWidthFull();
        reason.setHelperText(getTranslation("locks.reasonHelp"));
        reason.setId("locks-reason");
        FieldErrors errors =
                new FieldErrors(this).on("lock.error.reasonRequired", reason).on("lock.error.reasonTooLong", reason);
        Button ok = new Button(getTranslation("locks.unlock"), e -> {
            if (errors.save(() -> unlock(l, reason.getValue()))) { // a refused reason stays in the field
                d.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        ok.setId("locks-unlock-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        d.add(reason);
        d.getFooter().add(cancel, ok);
        d.open();
    }

    void unlock(PeriodLock l, String reason) {
        locks.unlock(l.id(), reason);
        Notifications.success(getTranslation("locks.unlocked", l.period().label(getLocale())));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.locks");
    }
}
