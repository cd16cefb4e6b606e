package org.parsteering.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.parsteering.base.BusinessException;
import org.parsteering.base.ui.Formats;
import org.parsteering.base.ui.Notifications;
import org.parsteering.base.ui.SecretDialog;
import org.parsteering.base.ui.ViewHeader;
import org.parsteering.security.ApiTokenService;
import org.parsteering.security.ApiTokenSummary;
import org.parsteering.security.CreatedApiToken;
import org.parsteering.security.ProfileService;
import org.parsteering.security.UserSummary;

/** Everyone's own account: language, password, and personal API tokens for the automation API. */
@Route("profile")
@PermitAll
@Menu(order = 99, icon = "vaadin:user", title = "nav.profile")
public class ProfileView extends Main implements HasDynamicTitle {

    private final ProfileService profile;
    private final ApiTokenService tokens;
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final TextField tokenName = new TextField();
    final Grid<ApiTokenSummary> tokenGrid = new Grid<>();

    public ProfileView(ProfileService profile, ApiTokenService tokens, UserLocale userLocale) {
        this.profile = profile;
        this.tokens = tokens;
        addClassName("profile-view");
        UserSummary me = profile.me();
        add(new ViewHeader(getTranslation("nav.profile"), getTranslation("profile.description")));

        // Account
        FormLayout account = new FormLayout();
        account.addFormItem(new Span(me.username()), getTranslation("users.username"));
        account.addFormItem(new Span(me.displayName()), getTranslation("users.displayName"));
        account.addFormItem(new Span(getTranslation(me.role().messageKey())), getTranslation("users.role"));
        account.addFormItem(
                new Span(me.unitCode() == null ? "—" : me.unitCode() + " — " + me.unitName()),
                getTranslation("users.unit"));
        LanguageSelect language = new LanguageSelect(userLocale, me.locale());
        language.setId("profile-language");
        account.addFormItem(language, getTranslation("shell.language"));
        add(section(getTranslation("profile.account"), null, account));

        // Password
        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        currentPassword.setId("profile-current-password");
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setHelperText(getTranslation("password.help", profile.minPasswordLength()));
        newPassword.setId("profile-new-password");
        confirmPassword.setLabel(getTranslation("profile.confirmPassword"));
        confirmPassword.setId("profile-confirm-password");
        Button change = new Button(getTranslation("profile.changePassword"), e -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("profile-change-password");
        FormLayout passwordForm = new FormLayout(currentPassword, newPassword, confirmPassword);
        passwordForm.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        add(section(getTranslation("profile.password"), null, passwordForm, change));

        // API tokens
        tokenName.setLabel(getTranslation("profile.tokenName"));
        tokenName.setPlaceholder(getTranslation("profile.tokenNamePlaceholder"));
        tokenName.setMaxLength(80);
        tokenName.setId("token-name");
        tokenName.setWidth("min(24rem, 100%)");
        Button create = new Button(getTranslation("profile.createToken"), VaadinIcon.KEY.create(), e -> createToken());
        create.setId("token-create");
        HorizontalLayout createRow = new HorizontalLayout(tokenName, create);
        createRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        createRow.setWrap(true);
        tokenGrid
                .addColumn(ApiTokenSummary::name)
                .setHeader(getTranslation("profile.tokenName"))
                .setFlexGrow(1);
        tokenGrid
                .addColumn(t -> t.prefix() + "…")
                .setHeader(getTranslation("profile.tokenPrefix"))
                .setAutoWidth(true);
        tokenGrid
                .addColumn(t -> Formats.dateTime(t.createdAt(), getLocale()))
                .setHeader(getTranslation("profile.tokenCreated"))
                .setAutoWidth(true);
        tokenGrid
                .addColumn(t -> t.lastUsedAt() == null
                        ? getTranslation("profile.tokenNeverUsed")
                        : Formats.dateTime(t.lastUsedAt(), getLocale()))
                .setHeader(getTranslation("profile.tokenLastUsed"))
                .setAutoWidth(true);
        tokenGrid
                .addComponentColumn(t -> {
                    if (t.revoked()) {
                        Span badge = new Span(
                                getTranslation("profile.tokenRevokedAt", Formats.dateTime(t.revokedAt(), getLocale())));
                        badge.getElement().getThemeList().add("badge contrast");
                        return badge;
                    }
                    Button revoke = new Button(getTranslation("profile.revoke"), e -> confirmRevoke(t));
                    revoke.addThemeVariants(
                            ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    return revoke;
                })
                .setHeader(getTranslation("common.actions"))
                .setAutoWidth(true);
        tokenGrid.setAllRowsVisible(true);
        tokenGrid.setEmptyStateText(getTranslation("profile.noTokens"));
        tokenGrid.setId("token-grid");
        refreshTokens();
        add(section(getTranslation("profile.tokens"), getTranslation("profile.tokensHelp"), createRow, tokenGrid));
    }

    private static Section section(String title, String help, com.vaadin.flow.component.Component... content) {
        Section s = new Section();
        s.addClassName("card");
        s.add(new H2(title));
        if (help != null) {
            Paragraph p = new Paragraph(help);
            p.addClassName("section-help");
            s.add(p);
        }
        s.add(content);
        return s;
    }

    void changePassword() {
        for (var field : List.of(currentPassword, newPassword, confirmPassword)) {
            field.setInvalid(false);
        }
        try {
            profile.changePassword(currentPassword.getValue(), newPassword.getValue(), confirmPassword.getValue());
        } catch (BusinessException e) {
            // Show the reason at the field it concerns; nothing typed is lost.
            PasswordField field = switch (e.getMessageKey()) {
                case "password.error.currentWrong" -> currentPassword;
                case "password.error.mismatch" -> confirmPassword;
                default -> newPassword;
            };
            field.setErrorMessage(getTranslation(e.getMessageKey(), e.getArgs()));
            field.setInvalid(true);
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        confirmPassword.clear();
        Notifications.success(getTranslation("profile.passwordChanged"));
    }

    void createToken() {
        CreatedApiToken created = tokens.create(tokenName.getValue());
        tokenName.clear();
        refreshTokens();
        new SecretDialog(
                        getTranslation(
                                "profile.tokenCreatedTitle", created.summary().name()),
                        getTranslation("profile.tokenShownOnce"),
                        created.token(),
                        "created-token",
                        getTranslation("profile.tokenCopied"))
                .open();
    }

    private void confirmRevoke(ApiTokenSummary token) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("profile.revokeTitle", token.name()),
                getTranslation("profile.revokeText"),
                getTranslation("profile.revoke"),
                e -> {
                    tokens.revoke(token.id());
                    refreshTokens();
                    Notifications.success(getTranslation("profile.revoked", token.name()));
                });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private void refreshTokens() {
        tokenGrid.setItems(tokens.myTokens());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile");
    }
}
