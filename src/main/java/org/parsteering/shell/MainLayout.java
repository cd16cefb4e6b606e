package org.parsteering.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.parsteering.security.CurrentUser;
import org.parsteering.security.ParUser;
import org.parsteering.security.ui.LanguageSelect;
import org.parsteering.security.ui.UserLocale;

/**
 * The shell of every signed-in view. The menu lists exactly the views the user may open (Vaadin filters
 * {@code @Menu} entries by their access annotations); on a phone the drawer collapses behind a toggle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H2 viewTitle = new H2();
    private final SideNav nav = new SideNav();

    private final org.parsteering.reminder.ReminderService reminders;
    private final Span reminderBadge = new Span();

    public MainLayout(
            CurrentUser currentUser,
            AuthenticationContext authenticationContext,
            UserLocale userLocale,
            org.parsteering.reminder.ReminderService reminders) {
        this.reminders = reminders;
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("shell-view-title");
        addToNavbar(true, toggle, viewTitle);

        Span appName = new Span(getTranslation("app.title"));
        appName.addClassName("shell-app-name");
        Span appTagline = new Span(getTranslation("app.tagline"));
        appTagline.addClassName("shell-app-tagline");
        Header brand = new Header(appName, appTagline);
        brand.addClassName("shell-brand");

        nav.addClassName("shell-nav");
        buildMenu();
        Scroller scroller = new Scroller(nav);

        addToDrawer(brand, scroller, userFooter(currentUser, authenticationContext, userLocale));
    }

    private void buildMenu() {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            item.setMatchNested(!entry.path().isEmpty() && !"/".equals(entry.path()));
            if ("reminders".equals(entry.path()) || "/reminders".equals(entry.path())) {
                reminderBadge.getElement().getThemeList().add("badge error pill small");
                reminderBadge.addClassName("nav-badge");
                reminderBadge.setId("reminder-badge");
                item.setSuffixComponent(reminderBadge);
            }
            nav.addItem(item);
        }
    }

    private Footer userFooter(
            CurrentUser currentUser, AuthenticationContext authenticationContext, UserLocale userLocale) {
        Footer footer = new Footer();
        footer.addClassName("shell-user");
        ParUser user = currentUser.get().orElse(null);
        if (user != null) {
            Span name = new Span(user.displayName());
            name.addClassName("shell-user-name");
            String roleAndUnit =
                    getTranslation(user.role().messageKey()) + (user.unitName() == null ? "" : " · " + user.unitName());
            Span role = new Span(roleAndUnit);
            role.addClassName("shell-user-role");
            footer.add(new Div(name, role));
        }

        LanguageSelect language = new LanguageSelect(userLocale, null);
        language.addClassName("shell-language");

        Button logout = new Button(
                getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(), e -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("shell-logout");
        footer.add(language, logout);
        return footer;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        remindersChanged = com.vaadin.flow.component.ComponentUtil.addListener(
                attachEvent.getUI(), org.parsteering.reminder.ui.RemindersChanged.class, e -> refreshReminderBadge());
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (remindersChanged != null) {
            remindersChanged.remove();
        }
        super.onDetach(detachEvent);
    }

    private com.vaadin.flow.shared.Registration remindersChanged;

    /** The count of reminders waiting for someone (open or escalated) that the user may see. */
    void refreshReminderBadge() {
        long open = reminders.openCount();
        reminderBadge.setText(open == 0 ? "" : String.valueOf(open));
        reminderBadge.setVisible(open > 0);
        reminderBadge.getElement().setAttribute("aria-label", getTranslation("reminders.badge", open));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshReminderBadge();
        String title = getContent() == null
                ? ""
                : MenuConfiguration.getPageHeader(getContent()).orElse("");
        viewTitle.setText(title);
    }
}
