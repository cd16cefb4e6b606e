package org.parsteering.security;

import org.parsteering.unit.UnitReferences;
import org.springframework.stereotype.Component;

/** Accounts refer to their unit: such a unit cannot be deleted, only closed. */
@Component
class UserUnitReferences implements UnitReferences {

    private final AppUserRepository repository;

    UserUnitReferences(AppUserRepository repository) {
        this.repository = repository;
    }

    @Override
    public long countReferences(long unitId) {
        return repository.countByUnitId(unitId);
    }
}
