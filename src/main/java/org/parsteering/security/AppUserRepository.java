package org.parsteering.security;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parsteering.base.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u left join fetch u.unit where u.username = :username")
    Optional<AppUser> findByUsername(@Param("username") String username);

    String SEARCH_WHERE = """
            where (:text = '' or lower(u.username) like :text escape '!' or lower(u.displayName) like :text escape '!'
                   or lower(un.code) like :text escape '!' or lower(un.name) like :text escape '!')
              and (:role is null or u.role = :role)
            """;

    @Query(
            value = "select u from AppUser u left join fetch u.unit un " + SEARCH_WHERE,
            countQuery = "select count(u) from AppUser u left join u.unit un " + SEARCH_WHERE)
    Page<AppUser> search(@Param("text") String likeText, @Param("role") Role role, Pageable pageable);

    /** Secretaries able to sign in, locked for update so that two demotions cannot both pass the check. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.role = org.parsteering.base.Role.SECRETARY and u.locked = false")
    List<AppUser> lockActiveSecretaries();

    /** Accounts not locked by the secretary whose unit was closed before {@code today}, by unit and username. */
    @Query("""
            select u from AppUser u join fetch u.unit un
            where un.activeTo < :today and u.locked = false
            order by un.code, u.username""")
    List<AppUser> findOpenOfClosedUnits(@Param("today") java.time.LocalDate today);

    @Query("select count(u) from AppUser u where u.unit.id = :unitId")
    long countByUnitId(@Param("unitId") long unitId);

    /** Forgets failures older than the failure window, so that the next attempt starts a new one. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update AppUser u set u.failedLogins = 0, u.firstFailedAt = null where u.username = :username and u.firstFailedAt < :windowStart")
    int expireFailureWindow(@Param("username") String username, @Param("windowStart") Instant windowStart);

    /**
     * Counts a sign-in attempt before its password is compared, in one atomic update (the row lock makes
     * parallel attempts count one after the other); nothing happens to an account that is locked.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update AppUser u set u.failedLogins = u.failedLogins + 1, u.firstFailedAt = coalesce(u.firstFailedAt, :now)
            where u.username = :username and u.locked = false and (u.lockedUntil is null or u.lockedUntil <= :now)
            """)
    int countAttempt(@Param("username") String username, @Param("now") Instant now);

    /** The attempt counter as the caller's own update left it. */
    @Query("select u.failedLogins from AppUser u where u.username = :username")
    Optional<Integer> failedLogins(@Param("username") String username);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update AppUser u set u.lockedUntil = :until, u.failedLogins = 0, u.firstFailedAt = null where u.username = :username")
    int lockOut(@Param("username") String username, @Param("until") Instant until);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update AppUser u set u.failedLogins = 0, u.firstFailedAt = null, u.lastLoginAt = :now where u.username = :username")
    int recordSuccess(@Param("username") String username, @Param("now") Instant now);
}
