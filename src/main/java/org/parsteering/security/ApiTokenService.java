package org.parsteering.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.parsteering.audit.AuditService;
import org.parsteering.base.BusinessException;
import org.parsteering.base.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (SPEC 5a): created and revoked by their owner on the profile page, shown once,
 * stored only as a SHA-256 hash (tokens are 256 random bits, so a fast hash is enough), acting with the
 * owner's role and unit.
 */
@Service
@Transactional
public class ApiTokenService {

    static final String PREFIX = "par_";
    static final int MAX_TOKENS_PER_USER = 20;

    private final ApiTokenRepository repository;
    private final AppUserRepository users;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(
            ApiTokenRepository repository,
            AppUserRepository users,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.repository = repository;
        this.users = users;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own tokens, newest first, revoked ones included. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> myTokens() {
        return repository.findByUser(currentUser.require().id()).stream()
                .map(ApiToken::toSummary)
                .toList();
    }

    /** Creates a token for the caller; the returned plain token is never shown again. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public CreatedApiToken create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new BusinessException("token.error.nameRequired");
        }
        if (trimmed.length() > ApiToken.NAME_LENGTH) {
            throw new BusinessException("token.error.nameTooLong", ApiToken.NAME_LENGTH);
        }
        ParUser me = currentUser.require();
        long active = repository.findByUser(me.id()).stream()
                .filter(t -> !t.toSummary().revoked())
                .count();
        if (active >= MAX_TOKENS_PER_USER) {
            throw new BusinessException("token.error.tooMany", MAX_TOKENS_PER_USER);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        AppUser user = users.getReferenceById(me.id());
        ApiToken saved =
                repository.save(new ApiToken(user, trimmed, hash(token), token.substring(0, 10), clock.instant()));
        audit.changes("API_TOKEN", me.getUsername() + "/" + saved.getId(), me.unitCode())
                .field("name", null, trimmed)
                .save("CREATE");
        return new CreatedApiToken(saved.toSummary(), token);
    }

    /** Revokes one of the caller's own tokens; it stops working at once. */
    @PreAuthorize(Roles.IS_AUTHENTICATED)
    public void revoke(long tokenId) {
        ParUser me = currentUser.require();
        ApiToken token = repository.findById(tokenId).orElseThrow(() -> new BusinessException("token.error.notFound"));
        if (token.getUser().getId() != me.id()) {
            throw new AccessDeniedException("not the owner of token " + tokenId);
        }
        token.revoke(clock.instant());
        audit.action("API_TOKEN", me.getUsername() + "/" + tokenId, me.unitCode(), "REVOKE");
    }

    /**
     * The user a bearer token acts for, if the token is known, not revoked and its owner may sign in.
     * Called by the API filter before anyone is authenticated.
     */
    public Optional<ParUser> authenticate(String rawToken) {
        if (rawToken == null || !rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return repository.findActiveByHash(hash(rawToken)).flatMap(t -> {
            AppUser user = t.getUser();
            if (user.isLocked() || user.isTemporarilyLocked(now)) {
                return Optional.empty();
            }
            repository.touch(t.getId(), now, now.minus(Duration.ofMinutes(1)));
            ParUser principal = ParUser.of(user, true);
            principal.eraseCredentials();
            return Optional.of(principal);
        });
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
