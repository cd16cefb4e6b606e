package org.parsteering.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.parsteering.base.Role;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.SecretDialog;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.security.ProfileService;
import org.parsteering.security.UserAdminService;
import org.parsteering.security.UserDraft;
import org.parsteering.security.UserSummary;
import org.parsteering.unit.UnitService;
import org.springframework.data.domain.PageRequest;

/**
 * Account administration (SECRETARY): create, edit role and unit, reset password, lock and unlock, delete.
 * Accounts locked out after failed sign-ins show here until the lock expires or is lifted.
 */
@Route("admin/users")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 81, icon = "vaadin:users", title = "nav.users")
public class UsersView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final UnitService units;
    private final ProfileService profile;
    final Grid<UserSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Role> roleFilter = new Select<>();
    /** Shows only the accounts of units closed by a merger or an abolition, for the secretary to move or lock. */
    final Checkbox closedUnitsFilter = new Checkbox();

    final Paragraph closedUnitsNotice = new Paragraph();
    private Set<Long> closedUnitAccountIds = Set.of();
    private List<UserSummary> closedUnitAccounts = List.of();
    /** Whether the grid holds the lazy list of every account (not the closed units' few). */
    private boolean lazy;

    UserFormDialog openDialog;

    public UsersView(UserAdminService users, UnitService units, ProfileService profile) {
        this.users = users;
        this.units = units;
        this.profile = profile;
        addClassName("users-view");

        Button create =
                new Button(getTranslation("users.create"), VaadinIcon.PLUS.create(), e -> openForm(new UserDraft()));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("user-create");
        add(new ViewHeader(getTranslation("nav.users"), getTranslation("users.description"), create));

        search.setPlaceholder(getTranslation("common.search"));
        search.setAriaLabel(getTranslation("common.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.allRoles"));
        roleFilter.setItemLabelGenerator(
                r -> r == null ? getTranslation("users.allRoles") : getTranslation(r.messageKey()));
        roleFilter.setAriaLabel(getTranslation("users.role"));
        roleFilter.addValueChangeListener(e -> refresh());
        closedUnitsFilter.setId("closed-units-filter");
        closedUnitsFilter.addValueChangeListener(e -> refresh());
        closedUnitsNotice.setId("closed-units-notice");
        closedUnitsNotice.addClassName("closed-units-notice");
        HorizontalLayout filters = new HorizontalLayout(search, roleFilter, closedUnitsFilter);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("filter-bar");

        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setSortProperty("username")
                .setAutoWidth(true);
        grid.addColumn(UserSummary::displayName)
                .setHeader(getTranslation("users.displayName"))
                .setSortProperty("displayName")
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.role().messageKey()))
                .setHeader(getTranslation("users.role"))
                .setSortProperty("role")
                .setAutoWidth(true);
        grid.addComponentColumn(this::unitCell)
                .setHeader(getTranslation("users.unit"))
                .setWidth("14rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.lastLoginAt(), getLocale()))
                .setHeader(getTranslation("users.lastLogin"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("common.actions"))
                .setWidth("7rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setId("users-grid");
        add(filters, closedUnitsNotice, grid);
        setSizeFull();
        refresh();
    }

    /** The whole list, or (filter on) only the accounts of closed units, which are few: no paging needed. */
    private void showItems() {
        if (closedUnitsFilter.getValue()) {
            String text =
                    search.getValue() == null ? "" : search.getValue().strip().toLowerCase(getLocale());
            grid.setItems(closedUnitAccounts.stream()
                    .filter(u -> roleFilter.getValue() == null || u.role() == roleFilter.getValue())
                    .filter(u -> text.isEmpty()
                            || (u.username() + " " + u.displayName() + " " + u.unitCode() + " " + u.unitName())
                                    .toLowerCase(getLocale())
                                    .contains(text))
                    .toList());
            lazy = false;
            return;
        }
        if (lazy) {
            grid.getDataProvider().refreshAll();
            return;
        }
        lazy = true;
        grid.setItems(
                query -> users
                        .search(
                                search.getValue(),
                                roleFilter.getValue(),
                                VaadinSpringDataHelpers.toSpringPageRequest(query))
                        .stream(),
                query -> (int) users.search(search.getValue(), roleFilter.getValue(), PageRequest.of(0, 1))
                        .getTotalElements());
    }

    private Component unitCell(UserSummary u) {
        Div cell = new Div(new Span(u.unitCode() == null ? "" : u.unitCode() + " — " + u.unitName()));
        if (closedUnitAccountIds.contains(u.id())) {
            Span closed = new Span(getTranslation("users.unitClosed"));
            closed.getElement().getThemeList().add("badge error small");
            closed.addClassName("unit-closed-badge");
            cell.add(closed);
        }
        cell.addClassName("user-unit-cell");
        return cell;
    }

    private Span statusBadge(UserSummary u) {
        String text = getTranslation(u.status().messageKey());
        if (u.status() == UserSummary.Status.LOCKED_OUT) {
            text = getTranslation("user.status.LOCKED_OUT_UNTIL", Formats.dateTime(u.lockedUntil(), getLocale()));
        }
        Span badge = new Span(text);
        badge.getElement()
                .getThemeList()
                .add(
                        switch (u.status()) {
                            case ACTIVE -> "badge success";
                            case LOCKED -> "badge error";
                            case LOCKED_OUT -> "badge warning";
                        });
        return badge;
    }

    MenuBar actions(UserSummary user) {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        MenuItem root = bar.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel(getTranslation("common.actions"));
        var menu = root.getSubMenu();
        menu.addItem(getTranslation("common.edit"), e -> openForm(UserDraft.edit(user)));
        menu.addItem(
                getTranslation("users.resetPassword"),
                e -> confirm(
                        getTranslation("users.resetPasswordTitle", user.displayName()),
                        getTranslation("users.resetPasswordText"),
                        getTranslation("users.resetPassword"),
                        () -> showTemporaryPassword(user, users.resetPassword(user.id()))));
        if (user.status() == UserSummary.Status.ACTIVE) {
            menu.addItem(
                    getTranslation("users.lock"),
                    e -> confirm(
                            getTranslation("users.lockTitle", user.displayName()),
                            getTranslation("users.lockText"),
                            getTranslation("users.lock"),
                            () -> {
                                users.lock(user.id());
                                Notifications.success(getTranslation("users.locked", user.displayName()));
                            }));
        } else {
            menu.addItem(getTranslation("users.unlock"), e -> {
                users.unlock(user.id());
                Notifications.success(getTranslation("users.unlocked", user.displayName()));
                refresh();
            });
        }
        menu.addItem(
                getTranslation("common.delete"),
                e -> confirm(
                        getTranslation("users.deleteTitle", user.displayName()),
                        getTranslation("users.deleteText"),
                        getTranslation("common.delete"),
                        () -> {
                            users.delete(user.id());
                            Notifications.success(getTranslation("users.deleted", user.displayName()));
                        }));
        return bar;
    }

    private void confirm(String header, String text, String action, Runnable work) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, e -> {
            work.run();
            refresh();
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void showTemporaryPassword(UserSummary user, String password) {
        new SecretDialog(
                        getTranslation("users.temporaryPasswordTitle", user.displayName()),
                        getTranslation("users.temporaryPasswordText"),
                        password,
                        "temporary-password",
                        getTranslation("common.close"))
                .open();
    }

    void openForm(UserDraft draft) {
        openDialog = new UserFormDialog(draft, units.activeUnits(), profile.minPasswordLength(), (d, password) -> {
            UserSummary saved = d.getId() == null ? users.create(d, password) : users.update(d);
            Notifications.success(getTranslation("users.saved", saved.displayName()));
            openDialog.close();
            refresh();
        });
        openDialog.open();
    }

    void refresh() {
        closedUnitAccounts = users.closedUnitAccounts();
        closedUnitAccountIds = closedUnitAccounts.stream().map(UserSummary::id).collect(Collectors.toSet());
        int n = closedUnitAccounts.size();
        closedUnitsFilter.setLabel(getTranslation("users.closedUnits", n));
        closedUnitsFilter.setVisible(n > 0 || closedUnitsFilter.getValue());
        closedUnitsNotice.setText(getTranslation(
                "users.closedUnitsNotice",
                closedUnitAccounts.stream().map(UserSummary::username).collect(Collectors.joining(", "))));
        closedUnitsNotice.setVisible(n > 0);
        showItems();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
