package org.convene.identity.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
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
import org.convene.identity.ApiTokenView;
import org.convene.identity.ApiTokens;
import org.convene.identity.NewApiToken;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserLimits;
import org.convene.identity.UserView;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;

/**
 * Tokens are 256 random bits, so a plain SHA-256 of them is enough to store: unlike passwords
 * they cannot be guessed from a dictionary, and a fast hash keeps every API call cheap.
 */
@Singleton
@Transactional
class ApiTokenService implements ApiTokens {
    private static final String PREFIX = "cvn_";
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private final SecureRandom random = new SecureRandom();
    private final ApiTokenRows tokens;
    private final UserAccounts accounts;
    private final Clock clock;

    ApiTokenService(ApiTokenRows tokens, UserAccounts accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public NewApiToken create(long userId, String name) {
        new Problems().text("name", name, UserLimits.TOKEN_NAME_MAX).throwIfAny();
        if (!accounts.existsById(userId)) {
            throw new NotFoundException("user", userId);
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiTokenRow row = tokens.save(new ApiTokenRow(null, userId, name.strip(), sha256(token), token.substring(0, 10),
                clock.instant(), null, null));
        return new NewApiToken(row.id(), row.name(), token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiTokenView> list(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId).stream()
                .map(t -> new ApiTokenView(t.id(), t.name(), t.prefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt() != null))
                .toList();
    }

    @Override
    public void revoke(long userId, long tokenId) {
        ApiTokenRow row = tokens.findById(tokenId)
                .filter(t -> t.userId() == userId)
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        if (row.revokedAt() == null) {
            tokens.updateRevokedAt(tokenId, clock.instant());
        }
    }

    @Override
    // No transaction of its own: every API call passes here, and a transaction costs three more round
    // trips (autocommit off, commit, on) for reads that need none; the rare last-use write commits alone.
    @Transactional(propagation = TransactionDefinition.Propagation.SUPPORTS)
    public Optional<UserView> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        List<TokenHolderRow> rows = tokens.holder(sha256(token));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        TokenHolderRow first = rows.getFirst();
        Instant now = clock.instant();
        // "Last used" to the minute is all its owner needs; a write per call would cost every API call a commit.
        if (first.lastUsedAt() == null || first.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            tokens.updateLastUsedAt(first.tokenId(), now);
        }
        List<RoleGrant> grants = rows.stream().filter(r -> r.role() != null).map(r -> new RoleGrant(Role.valueOf(r.role()), r.scope())).toList();
        return Optional.of(new UserView(first.userId(), first.email(), first.displayName(), first.language(), true, grants));
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
