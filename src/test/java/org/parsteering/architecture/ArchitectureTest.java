package org.parsteering.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The feature-package boundaries of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.parsteering");
    }

    @Test
    void features_do_not_depend_on_each_other_in_a_cycle() {
        slices().matching("org.parsteering.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_feature() {
        noClasses()
                .that()
                .resideInAPackage("org.parsteering.base..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.parsteering.unit..",
                        "org.parsteering.security..",
                        "org.parsteering.audit..",
                        "org.parsteering.shell..",
                        "org.parsteering.dashboard..")
                .check(classes);
    }

    /**
     * Reports, services and the API format through {@code base.Formats}, never through a view helper. The
     * shell is the application's layout (UI by nature), and the security configuration names Vaadin's login view.
     */
    @Test
    void no_class_outside_a_ui_package_depends_on_a_ui_package() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..ui..", "org.parsteering.shell..")
                .and()
                .doNotHaveFullyQualifiedName("org.parsteering.security.SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.parsteering..ui..")
                .check(classes);
    }

    @Test
    void the_report_reads_the_features_services_not_the_dashboard() {
        noClasses()
                .that()
                .resideInAPackage("org.parsteering.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.parsteering.dashboard..")
                .check(classes);
    }

    @Test
    void repositories_are_used_only_inside_their_own_feature_and_never_by_views() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void views_declare_who_may_open_them_and_only_the_login_view_is_anonymous() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(classes);
        classes()
                .that()
                .areAnnotatedWith(AnonymousAllowed.class)
                .should()
                .haveSimpleName("LoginView")
                .check(classes);
    }

    @Test
    void services_are_transactional() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .haveSimpleNameEndingWith("Service")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void public_service_methods_that_change_data_are_guarded_by_method_security() {
        classes()
                .that()
                .areAnnotatedWith(Service.class)
                .and()
                .arePublic()
                .and()
                .haveSimpleNameEndingWith("Service")
                .and()
                .doNotHaveSimpleName("AuditService")
                .should(
                        new ArchCondition<>(
                                "guard every public method with @PreAuthorize (on the method or the class)") {
                            @Override
                            public void check(JavaClass item, ConditionEvents events) {
                                boolean classGuarded = item.isAnnotatedWith(
                                        org.springframework.security.access.prepost.PreAuthorize.class);
                                item.getMethods().stream()
                                        .filter(m -> m.getModifiers()
                                                .contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                                        .filter(m -> !m.isAnnotatedWith(
                                                org.springframework.security.access.prepost.PreAuthorize.class))
                                        .filter(m -> !classGuarded)
                                        .filter(m -> !UNGUARDED.contains(item.getSimpleName() + "." + m.getName()))
                                        .forEach(m -> events.add(SimpleConditionEvent.violated(
                                                m, m.getFullName() + " has no @PreAuthorize")));
                            }
                        })
                .check(classes);
    }

    /** Internal entry points called before anyone is signed in, or by another service after its own checks. */
    private static final java.util.Set<String> UNGUARDED =
            java.util.Set.of("ApiTokenService.authenticate", "UnitService.requireActiveUnit");
}
