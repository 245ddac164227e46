package org.convene.identity;

import java.util.List;
import java.util.Optional;

/** Personal API tokens: created and revoked by their owner, shown in clear only once. */
public interface ApiTokens {
    NewApiToken create(long userId, String name);

    List<ApiTokenView> list(long userId);

    void revoke(long userId, long tokenId);

    /** The active user behind a token, if the token is known, not revoked and its user active. */
    Optional<UserView> authenticate(String token);
}
