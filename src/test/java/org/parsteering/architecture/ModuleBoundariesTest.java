package org.parsteering.architecture;

import org.junit.jupiter.api.Test;
import org.parsteering.Application;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries declared in each feature's {@code package-info.java}, checked by Spring Modulith:
 * no cycles between features, no feature reaching into another's internals (a subpackage is internal
 * unless its {@code package-info} names it an interface, as {@code base.ui} and {@code base.tabular}),
 * and only the dependencies a module allows. {@link ArchitectureTest} keeps the rules Modulith does not
 * know (repositories, view access annotations, transactional and guarded services).
 */
class ModuleBoundariesTest {

    @Test
    void features_use_each_other_only_through_their_declared_interfaces() {
        ApplicationModules.of(Application.class).verify();
    }
}
