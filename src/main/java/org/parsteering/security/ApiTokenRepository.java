package org.parsteering.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query(
            "select t from ApiToken t join fetch t.user u left join fetch u.unit where t.tokenHash = :hash and t.revokedAt is null")
    Optional<ApiToken> findActiveByHash(@Param("hash") String hash);

    @Query("select t from ApiToken t where t.user.id = :userId order by t.createdAt desc")
    List<ApiToken> findByUser(@Param("userId") long userId);

    /** Records use at most once a minute, so busy automation does not write on every call. */
    @Modifying
    @Query(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :threshold)")
    int touch(@Param("id") long id, @Param("now") Instant now, @Param("threshold") Instant threshold);
}
