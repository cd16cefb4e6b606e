package org.parsteering.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parsteering.base.BusinessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access matrix of one feature: every public method of its services × every role × a target of the
 * caller's own unit / of another unit, allowed or denied by the services themselves, whatever the screens
 * show. "Allowed" means security let the call through (a rule may still refuse it with a
 * {@link BusinessException}); "denied" means an {@link AccessDeniedException} (or what {@link #denies}
 * says a feature's denial looks like). A second test fails when a public service method has no entry.
 *
 * <p>A feature's test lists its entries as {@code new Cell("Service.method", ROLES_ALLOWED, unitScoped,
 * (t, scope) -> t.service.method(...))}, one per method (an overload may have its own row, named {@code
 * "Service.method(Parameter)"}), in a static list {@code CELLS}, passes it and its
 * {@code ACCOUNTS} to the constructor, and has a static {@code cells()} that returns
 * {@link #arguments}{@code (CELLS, ACCOUNTS)} for the parameterized test.
 *
 * <p>Each test runs in a transaction that is rolled back, so calls that security lets through change nothing
 * for the next row. (The annotation sits here, on the class that declares the test methods: Spring looks for
 * {@code @Transactional} on the declaring class of a method, not on the subclass that inherits it.)
 *
 * @param <T> the feature's test class, which the entries' calls receive to reach its services and fixtures
 */
@Transactional
public abstract class AccessMatrixTest<T extends AccessMatrixTest<T>> extends IntegrationTest {

    /** Whether the call targets the caller's own unit or another unit (only unit heads are limited to theirs). */
    public enum Scope {
        OWN,
        OTHER
    }

    public static final String SECRETARY = "SECRETARY";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String UNIT_HEAD = "UNIT_HEAD";

    public static final Set<String> ALL = Set.of(SECRETARY, COMMITTEE, INSPECTOR, UNIT_HEAD);
    public static final Set<String> MANAGERS = Set.of(SECRETARY, COMMITTEE);
    public static final Set<String> WRITERS = Set.of(SECRETARY, COMMITTEE, UNIT_HEAD);

    /** One service method's call, given the test (its services, its fixtures) and the scope. */
    @FunctionalInterface
    public interface Call<T> {
        void run(T test, Scope scope);
    }

    /**
     * One row of the matrix: the method ({@code Service.method}), the roles allowed to call it, and whether a
     * unit head may call it only on their own unit.
     */
    public static class Cell<T> {
        private final String method;
        private final Set<String> allowedRoles;
        private final boolean unitScoped;
        private final Call<T> call;

        protected Cell(String method, Set<String> allowedRoles, boolean unitScoped, Call<T> call) {
            this.method = method;
            this.allowedRoles = allowedRoles;
            this.unitScoped = unitScoped;
            this.call = call;
        }

        public String method() {
            return method;
        }

        boolean allows(String role, Scope scope) {
            return allowedRoles.contains(role) && (!unitScoped || !role.equals(UNIT_HEAD) || scope == Scope.OWN);
        }
    }

    /** The demo account of each role, in the matrix's order; the unit head's unit is the "own" unit. */
    protected static Map<String, String> demoAccounts(
            String secretary, String committee, String inspector, String unitHead) {
        Map<String, String> accounts = new LinkedHashMap<>();
        accounts.put(SECRETARY, secretary);
        accounts.put(COMMITTEE, committee);
        accounts.put(INSPECTOR, inspector);
        accounts.put(UNIT_HEAD, unitHead);
        return java.util.Collections.unmodifiableMap(accounts);
    }

    /** The arguments of the parameterized test: each cell × each role (in the order given) × each scope. */
    protected static Stream<Arguments> arguments(List<? extends Cell<?>> cells, Map<String, String> accounts) {
        List<Arguments> args = new ArrayList<>();
        for (Cell<?> cell : cells) {
            for (String role : accounts.keySet()) {
                for (Scope scope : Scope.values()) {
                    args.add(Arguments.of(cell.method(), role, scope, cell.allows(role, scope)));
                }
            }
        }
        return args.stream();
    }

    /** The feature's rows ({@code CELLS}). */
    private final List<? extends Cell<T>> matrix;

    /** The demo account that plays each role ({@code ACCOUNTS}); its unit head's unit is "own". */
    private final Map<String, String> accounts;

    /** A feature's test passes its {@code CELLS} and {@code ACCOUNTS}: {@code super(CELLS, ACCOUNTS)}. */
    protected AccessMatrixTest(List<? extends Cell<T>> matrix, Map<String, String> accounts) {
        this.matrix = matrix;
        this.accounts = accounts;
    }

    /** The services whose every public method must have a row. */
    protected abstract List<Class<?>> services();

    /**
     * Whether an exception the call threw is a denial (true) or a rule refusing a call that security let
     * through (false); anything else is rethrown and fails the test.
     */
    protected boolean denies(RuntimeException e) {
        if (e instanceof AccessDeniedException) {
            return true;
        }
        if (e instanceof BusinessException) {
            return false;
        }
        throw e;
    }

    @SuppressWarnings("unchecked")
    private T self() {
        return (T) this;
    }

    @ParameterizedTest(name = "{0} as {1} on {2} unit: allowed={3}")
    @MethodSource("cells")
    void every_service_method_checks_role_and_unit(String method, String role, Scope scope, boolean allowed) {
        Cell<T> cell = matrix.stream()
                .filter(c -> c.method().equals(method))
                .findFirst()
                .orElseThrow();
        RuntimeException denied = null;
        try {
            as(accounts.get(role), () -> cell.call.run(self(), scope));
        } catch (RuntimeException e) {
            if (denies(e)) {
                denied = e;
            }
        }
        if (allowed) {
            assertThat(denied)
                    .as(method + " as " + role + " on " + scope + " unit must be allowed")
                    .isNull();
        } else {
            assertThat(denied)
                    .as(method + " as " + role + " on " + scope + " unit must be denied")
                    .isNotNull();
        }
    }

    @Test
    void the_matrix_covers_every_public_method_of_the_features_services() {
        Set<String> expected = new TreeSet<>();
        for (Class<?> service : services()) {
            Arrays.stream(service.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName)
                    .forEach(name -> expected.add(service.getSimpleName() + "." + name));
        }
        // an overload's row names its parameters after the method: "FigureService.figures(Structure)"
        assertThat(new TreeSet<>(matrix.stream()
                        .map(c -> c.method().replaceFirst("\\(.*\\)$", ""))
                        .toList()))
                .isEqualTo(expected);
    }
}
