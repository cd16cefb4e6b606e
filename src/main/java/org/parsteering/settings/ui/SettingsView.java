package org.parsteering.settings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.parsteering.audit.AuditService;
import org.parsteering.audit.ui.AuditGrid;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Roles;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.settings.DeploymentLevel;
import org.parsteering.settings.SettingsService;
import org.parsteering.settings.Thresholds;

/**
 * The thresholds and periods of SPEC 3 and 4 (secretary): rates in percent 0–100, periods in days 1–365.
 * A value out of range is refused with its reason and nothing is saved; every change goes to the audit log,
 * whose recent lines show below the form.
 */
@Route("admin/settings")
@RolesAllowed(Roles.SECRETARY)
@Menu(order = 82, icon = "vaadin:sliders", title = "nav.settings")
public class SettingsView extends Main implements HasDynamicTitle {

    final NumberField onTime = rate("onTime");
    final NumberField signatures = rate("signatures");
    final NumberField componentsDigitized = rate("componentsDigitized");
    final NumberField onlinePayment = rate("onlinePayment");
    final IntegerField dueSoonDays = days("dueSoonDays");
    final IntegerField staleDays = days("staleDays");
    final IntegerField escalationDays = days("escalationDays");
    final com.vaadin.flow.component.select.Select<DeploymentLevel> level =
            new com.vaadin.flow.component.select.Select<>();
    private final SettingsService settings;
    private final AuditService audit;
    private final AuditGrid history = new AuditGrid(false);

    public SettingsView(SettingsService settings, AuditService audit) {
        this.settings = settings;
        this.audit = audit;
        addClassName("settings-view");
        add(new ViewHeader(getTranslation("nav.settings"), getTranslation("settings.description")));

        level.setLabel(getTranslation("settings.deploymentLevel"));
        level.setItems(DeploymentLevel.values());
        level.setItemLabelGenerator(l -> getTranslation(l.messageKey()));
        level.setHelperText(getTranslation("settings.deploymentLevel.help"));
        level.setId("setting-deploymentLevel");
        FormLayout deployment = new FormLayout(level);
        FormLayout rates = new FormLayout(onTime, signatures, componentsDigitized, onlinePayment);
        FormLayout periods = new FormLayout(dueSoonDays, staleDays, escalationDays);
        for (FormLayout f : List.of(deployment, rates, periods)) {
            f.setResponsiveSteps(
                    new FormLayout.ResponsiveStep("0", 1),
                    new FormLayout.ResponsiveStep("32rem", 2),
                    new FormLayout.ResponsiveStep("56rem", 4));
        }
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");
        Button defaults = new Button(getTranslation("settings.defaults"), e -> {
            show(settings.defaults());
            level.setValue(settings.defaultLevel());
        });
        defaults.setId("settings-defaults");
        add(
                new H3(getTranslation("settings.levelSection")),
                deployment,
                new H3(getTranslation("settings.rates")),
                rates,
                new H3(getTranslation("settings.periods")),
                periods,
                new HorizontalLayout(save, defaults),
                new H3(getTranslation("settings.history")),
                history);
        history.setAllRowsVisible(true);
        show(settings.thresholds());
        level.setValue(settings.level());
        refreshHistory();
    }

    private NumberField rate(String key) {
        NumberField f = new NumberField(getTranslation("settings." + key));
        f.setMin(0);
        f.setMax(100);
        f.setStep(0.1);
        f.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        f.setRequiredIndicatorVisible(true);
        f.setHelperText(getTranslation("settings." + key + ".help"));
        f.setErrorMessage(getTranslation("settings.error.rate", getTranslation("settings." + key)));
        f.setId("setting-" + key);
        return f;
    }

    private IntegerField days(String key) {
        IntegerField f = new IntegerField(getTranslation("settings." + key));
        f.setMin(1);
        f.setMax(365);
        f.setStepButtonsVisible(true);
        f.setRequiredIndicatorVisible(true);
        f.setHelperText(getTranslation("settings." + key + ".help"));
        f.setErrorMessage(getTranslation("settings.error.days", getTranslation("settings." + key)));
        f.setId("setting-" + key);
        return f;
    }

    private void show(Thresholds t) {
        onTime.setValue(t.onTime());
        signatures.setValue(t.signatures());
        componentsDigitized.setValue(t.componentsDigitized());
        onlinePayment.setValue(t.onlinePayment());
        dueSoonDays.setValue(t.dueSoonDays());
        staleDays.setValue(t.staleDays());
        escalationDays.setValue(t.escalationDays());
    }

    void save() {
        for (var f : List.of(onTime, signatures, componentsDigitized, onlinePayment)) {
            if (f.getValue() == null || f.isInvalid()) {
                f.setInvalid(true);
                Notifications.error(f.getErrorMessage());
                return;
            }
        }
        for (var f : List.of(dueSoonDays, staleDays, escalationDays)) {
            if (f.getValue() == null || f.isInvalid()) {
                f.setInvalid(true);
                Notifications.error(f.getErrorMessage());
                return;
            }
        }
        if (level.getValue() == null) {
            level.setInvalid(true);
            Notifications.error(getTranslation("settings.error.level"));
            return;
        }
        try {
            level.setValue(settings.updateLevel(level.getValue()));
            Thresholds saved = settings.update(new Thresholds(
                    onTime.getValue(),
                    signatures.getValue(),
                    componentsDigitized.getValue(),
                    onlinePayment.getValue(),
                    dueSoonDays.getValue(),
                    staleDays.getValue(),
                    escalationDays.getValue()));
            show(saved);
            refreshHistory();
            Notifications.success(getTranslation("settings.saved"));
        } catch (BusinessException e) {
            String key = e.getArgs().length > 0 ? "settings." + e.getArgs()[0] : "";
            Notifications.error(getTranslation(e.getMessageKey(), getTranslation(key)));
        }
    }

    private void refreshHistory() {
        history.setEntries(audit.history(SettingsService.AUDIT_TYPE, SettingsService.AUDIT_KEY, 20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.settings");
    }
}
