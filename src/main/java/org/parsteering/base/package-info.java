/**
 * Shared building blocks every feature may use: the entity base class, the roles, the one exception
 * type for broken rules, the clock, and file readers for imports. Depends on no feature package.
 */
@ApplicationModule(
        displayName = "Shared building blocks",
        allowedDependencies = {})
package org.parsteering.base;

import org.springframework.modulith.ApplicationModule;
