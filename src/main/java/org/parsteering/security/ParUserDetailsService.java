package org.parsteering.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in. A locked account (by the secretary, or after failed sign-ins) is refused. */
@Service
@Transactional(readOnly = true)
class ParUserDetailsService implements UserDetailsService {

    private final AppUserRepository repository;
    private final Clock clock;

    ParUserDetailsService(AppUserRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public ParUser loadUserByUsername(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        AppUser user = repository.findByUsername(key).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean nonLocked = !user.isLocked() && !user.isTemporarilyLocked(clock.instant());
        return ParUser.of(user, nonLocked);
    }
}
