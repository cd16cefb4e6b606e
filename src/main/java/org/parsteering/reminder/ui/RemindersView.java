package org.parsteering.reminder.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Role;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.reminder.Reminder;
import org.parsteering.reminder.ReminderChecks;
import org.parsteering.reminder.ReminderEvent;
import org.parsteering.reminder.ReminderFilter;
import org.parsteering.reminder.ReminderRule;
import org.parsteering.reminder.ReminderService;
import org.parsteering.reminder.ReminderState;
import org.parsteering.reminder.ReminderTexts;
import org.parsteering.reminder.RunResult;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.unit.UnitService;
import org.parsteering.unit.UnitSummary;

/**
 * The reminders inbox (SPEC 4, 6): a unit head sees their unit's reminders and acknowledges them; the
 * committee sees all, escalated first, escalates by hand, closes with a note and runs the checks now. A
 * reminder opens with its facts and history; {@code ?id=} opens one directly (the link in the e-mail).
 */
@Route("reminders")
@PermitAll
@Menu(order = 15, icon = "vaadin:bell", title = "nav.reminders")
public class RemindersView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** Inbox filter choices: the active ones (default), one state, or everything. */
    enum StateChoice {
        ACTIVE,
        OPEN,
        ACKNOWLEDGED,
        ESCALATED,
        RESOLVED,
        ALL
    }

    private final ReminderService reminders;
    private final ReminderChecks checks;
    private final Clock clock;
    private final ParUser user;
    final Select<StateChoice> state = new Select<>();
    final Select<ReminderRule> rule = new Select<>();
    final ComboBox<UnitSummary> unit = new ComboBox<>();
    final Grid<Reminder> grid = new Grid<>();
    private final List<Grid.Column<Reminder>> desktop = new ArrayList<>();
    private final Grid.Column<Reminder> card;
    private boolean phone;
    private Registration resize;
    private Button run;

    public RemindersView(
            ReminderService reminders, ReminderChecks checks, CurrentUser currentUser, UnitService units, Clock clock) {
        this.reminders = reminders;
        this.checks = checks;
        this.clock = clock;
        this.user = currentUser.require();
        addClassName("reminders-view");
        List<Component> actions = new ArrayList<>();
        if (isCommittee()) {
            run = new Button(getTranslation("reminders.runNow"), VaadinIcon.REFRESH.create(), e -> runNow());
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            run.setId("run-checks");
            run.setDisableOnClick(true);
            actions.add(run);
        }
        add(new ViewHeader(
                getTranslation("nav.reminders"),
                getTranslation(user.role() == Role.UNIT_HEAD ? "reminders.descriptionUnit" : "reminders.description"),
                actions.toArray(Component[]::new)));

        state.setItems(StateChoice.values());
        state.setItemLabelGenerator(s -> getTranslation("reminders.stateChoice." + s.name()));
        state.setValue(StateChoice.ACTIVE);
        state.setAriaLabel(getTranslation("reminders.state"));
        state.setId("reminder-state");
        rule.setItems(ReminderRule.values());
        rule.setEmptySelectionAllowed(true);
        rule.setEmptySelectionCaption(getTranslation("reminders.allRules"));
        rule.setItemLabelGenerator(
                r -> r == null ? getTranslation("reminders.allRules") : getTranslation(r.messageKey()));
        rule.setAriaLabel(getTranslation("reminders.rule"));
        HorizontalLayout filters = new HorizontalLayout(state, rule);
        if (user.role() != Role.UNIT_HEAD) {
            unit.setItems(units.activeUnits());
            unit.setItemLabelGenerator(u -> u.code() + " · " + u.name());
            unit.setPlaceholder(getTranslation("reminders.allUnits"));
            unit.setAriaLabel(getTranslation("reminders.unit"));
            unit.setClearButtonVisible(true);
            unit.setWidth("18rem");
            filters.add(unit);
            unit.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        rule.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("filter-bar");

        // Desktop: one column per fact, the state first, nothing cut (the text wraps). Phone: one card per
        // reminder (see layoutFor), the same lazy grid and data.
        fitted(grid.addComponentColumn(this::stateBadge), "reminders.state");
        fitted(grid.addComponentColumn(this::severityBadge), "reminders.severity");
        desktop.add(grid.addComponentColumn(r -> {
                    Div cell = new Div();
                    cell.addClassName("reminder-cell");
                    Span rule = new Span(getTranslation(r.rule().messageKey()));
                    rule.addClassName("reminder-cell-rule");
                    Span text = new Span(ReminderTexts.describe(r, getLocale()));
                    text.addClassName("reminder-cell-text");
                    cell.add(rule, text);
                    return cell;
                })
                .setHeader(getTranslation("reminders.subject"))
                .setFlexGrow(1)
                .setWidth("20rem"));
        desktop.add(grid.addComponentColumn(r -> {
                    Span unitName = new Span(r.unitName());
                    unitName.addClassName("reminder-cell-unit");
                    return unitName;
                })
                .setHeader(getTranslation("reminders.unit"))
                .setWidth("11rem")
                .setFlexGrow(0));
        fitted(grid.addColumn(this::raised), "reminders.raised");
        fitted(grid.addColumn(this::age), "reminders.age");
        card = grid.addComponentColumn(this::card)
                .setHeader(getTranslation("nav.reminders"))
                .setKey("card");
        card.setVisible(false);
        grid.setItems(q -> reminders.inbox(filter(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) Math.min(Integer.MAX_VALUE, reminders.count(filter())));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("reminders.empty"));
        grid.setId("reminders-grid");
        grid.setSizeFull();
        grid.setPartNameGenerator(r -> r.state() == ReminderState.ESCALATED ? "escalated" : null);
        add(filters, grid);
        setSizeFull();
    }

    /** A desktop column as wide as its widest cell, never squeezed by the flexible text column. */
    private void fitted(Grid.Column<Reminder> column, String headerKey) {
        desktop.add(
                column.setHeader(getTranslation(headerKey)).setAutoWidth(true).setFlexGrow(0));
    }

    /** Phones (as the phone rules of styles.css) get one card per reminder instead of columns. */
    static final int PHONE_MAX_WIDTH = 640;

    /** Lays the inbox out for a window {@code width} pixels wide: columns on a desktop, cards on a phone. */
    void layoutFor(int width) {
        boolean narrow = width > 0 && width <= PHONE_MAX_WIDTH;
        phone = narrow;
        card.setVisible(narrow);
        desktop.forEach(c -> c.setVisible(!narrow));
        grid.setThemeName("reminder-cards", narrow);
    }

    boolean isPhoneLayout() {
        return phone;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Page page = event.getUI().getPage();
        ExtendedClientDetails details = page.getExtendedClientDetails();
        if (details != null && details.getWindowInnerWidth() > 0) {
            layoutFor(details.getWindowInnerWidth());
        } else {
            page.retrieveExtendedClientDetails(d -> layoutFor(d.getWindowInnerWidth()));
        }
        resize = page.addBrowserWindowResizeListener(e -> layoutFor(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resize != null) {
            resize.remove();
            resize = null;
        }
        super.onDetach(event);
    }

    /**
     * A reminder on a phone: what it is about and for which unit, its severity and state, when it was raised,
     * and the actions — open it, and for the unit head acknowledge it at once.
     */
    private Div card(Reminder r) {
        Div card = new Div();
        card.addClassName("reminder-card");
        Div badges = new Div(severityBadge(r), stateBadge(r));
        badges.addClassName("reminder-card-badges");
        Span title = new Span(getTranslation(r.rule().messageKey()));
        title.addClassName("reminder-card-title");
        Span unitName = new Span(r.unitName());
        unitName.addClassName("reminder-card-unit");
        Span text = new Span(ReminderTexts.describe(r, getLocale()));
        text.addClassName("reminder-card-text");
        Span date = new Span(getTranslation("reminders.raised") + " " + raised(r) + " · " + age(r));
        date.addClassName("reminder-card-date");
        Div actions = new Div();
        actions.addClassName("reminder-card-actions");
        Button details = new Button(getTranslation("reminders.details"), e -> open(r));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL);
        details.addClassName("reminder-card-open");
        actions.add(ownClick(details));
        if (canAcknowledge(r)) {
            Button ack = new Button(
                    getTranslation("reminders.acknowledge"),
                    e -> act(null, () -> reminders.acknowledge(r.id(), r.version(), null), "reminders.acknowledged"));
            ack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            ack.addClassName("reminder-card-acknowledge");
            actions.add(ownClick(ack));
        }
        card.add(badges, title, unitName, text, date, actions);
        return card;
    }

    /** A button in a card handles its own click: the row's click (which opens the reminder) does not also fire. */
    private static Button ownClick(Button b) {
        b.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
        return b;
    }

    private boolean canAcknowledge(Reminder r) {
        return user.role() == Role.UNIT_HEAD
                && (r.state() == ReminderState.OPEN || r.state() == ReminderState.ESCALATED);
    }

    private String raised(Reminder r) {
        return Formats.date(r.raisedAt().atZone(Formats.ZONE).toLocalDate(), getLocale());
    }

    private boolean isCommittee() {
        return user.role() == Role.SECRETARY || user.role() == Role.COMMITTEE;
    }

    ReminderFilter filter() {
        Set<ReminderState> states = switch (state.getValue() == null ? StateChoice.ACTIVE : state.getValue()) {
            case ACTIVE -> Set.of();
            case ALL -> Set.of(ReminderState.values());
            case OPEN -> Set.of(ReminderState.OPEN);
            case ACKNOWLEDGED -> Set.of(ReminderState.ACKNOWLEDGED);
            case ESCALATED -> Set.of(ReminderState.ESCALATED);
            case RESOLVED -> Set.of(ReminderState.RESOLVED);
        };
        return new ReminderFilter(
                states,
                rule.getValue(),
                unit.getValue() == null ? null : unit.getValue().code());
    }

    private Span severityBadge(Reminder r) {
        Span s = new Span(getTranslation(r.severity().messageKey()));
        s.getElement()
                .getThemeList()
                .add(
                        switch (r.severity()) {
                            case CRITICAL -> "badge error";
                            case WARNING -> "badge warning";
                            case INFO -> "badge contrast";
                        });
        return s;
    }

    private Span stateBadge(Reminder r) {
        Span s = new Span(getTranslation(r.state().messageKey()));
        s.getElement()
                .getThemeList()
                .add(
                        switch (r.state()) {
                            case ESCALATED -> "badge error primary";
                            case OPEN -> "badge";
                            case ACKNOWLEDGED -> "badge success";
                            case RESOLVED -> "badge contrast";
                        });
        s.addClassName("reminder-state");
        return s;
    }

    private String age(Reminder r) {
        long days = Duration.between(r.raisedAt(), clock.instant()).toDays();
        return getTranslation("reminders.ageDays", days);
    }

    void runNow() {
        try {
            RunResult r = checks.runNow();
            Notifications.success(
                    getTranslation("reminders.runDone", r.raised(), r.stillOpen(), r.resolved(), r.escalated()));
            grid.getDataProvider().refreshAll();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        } finally {
            run.setEnabled(true);
            RemindersChanged.fire();
        }
    }

    /** The reminder's facts, history and the actions the user may take on it. */
    void open(Reminder r) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(r.rule().messageKey()) + " · " + r.unitName());
        d.setWidth("min(44rem, 96vw)");
        d.addClassName("reminder-dialog");
        Div badges = new Div(severityBadge(r), stateBadge(r));
        badges.addClassName("reminder-badges");
        Paragraph text = new Paragraph(ReminderTexts.describe(r, getLocale()));
        text.setId("reminder-text");
        d.add(badges, text);
        Div history = new Div();
        history.addClassName("reminder-history");
        for (ReminderEvent e : reminders.history(r.id())) {
            Div line = new Div();
            line.addClassName("reminder-history-line");
            String note = e.note() == null ? "" : " — " + noteText(e.note());
            line.setText(Formats.dateTime(e.at(), getLocale()) + " · " + e.actor() + " · "
                    + getTranslation("reminders.action." + e.action()) + note);
            history.add(line);
        }
        d.add(new Paragraph(getTranslation("reminders.history")), history);

        TextArea note = new TextArea(getTranslation("reminders.note"));
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setId("reminder-note");
        List<Button> buttons = new ArrayList<>();
        boolean active = r.state() != ReminderState.RESOLVED;
        if (canAcknowledge(r)) {
            Button ack = new Button(
                    getTranslation("reminders.acknowledge"),
                    e -> act(
                            d,
                            () -> reminders.acknowledge(r.id(), r.version(), note.getValue()),
                            "reminders.acknowledged"));
            ack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            ack.setId("reminder-acknowledge");
            buttons.add(ack);
        }
        if (isCommittee() && (r.state() == ReminderState.OPEN || r.state() == ReminderState.ACKNOWLEDGED)) {
            Button esc = new Button(
                    getTranslation("reminders.escalate"),
                    e -> act(d, () -> reminders.escalate(r.id(), r.version(), note.getValue()), "reminders.escalated"));
            esc.addThemeVariants(ButtonVariant.LUMO_ERROR);
            esc.setId("reminder-escalate");
            buttons.add(esc);
        }
        if (isCommittee() && active) {
            // "Done — resolve" closes the reminder (with a note); "Back" only closes the dialog.
            Button close = new Button(
                    getTranslation("reminders.close"),
                    VaadinIcon.CHECK.create(),
                    e -> act(d, () -> reminders.close(r.id(), r.version(), note.getValue()), "reminders.closed"));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            close.setId("reminder-close");
            buttons.add(close);
        }
        if (!buttons.isEmpty()) {
            d.add(note);
        }
        Button back = new Button(getTranslation("reminders.back"), VaadinIcon.ARROW_LEFT.create(), e -> d.close());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("reminder-back");
        back.getStyle().set("margin-inline-end", "auto");
        d.getFooter().add(back);
        buttons.forEach(d.getFooter()::add);
        d.open();
    }

    private String noteText(String note) {
        return ReminderTexts.note(note, getLocale());
    }

    private void act(Dialog d, Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            if (d != null) {
                d.close();
            }
            grid.getDataProvider().refreshAll();
            RemindersChanged.fire();
        } catch (BusinessException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArgs()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("id").ifPresent(id -> {
            try {
                open(reminders.get(Long.parseLong(id)));
            } catch (NumberFormatException | BusinessException e) {
                Notifications.error(getTranslation("reminder.error.notFound"));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminders");
    }
}
