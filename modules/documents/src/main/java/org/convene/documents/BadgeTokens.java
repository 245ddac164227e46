package org.convene.documents;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The opaque, signed tokens a badge's QR code holds: a registration id, the badge's serial (which
 * print it is) and an HMAC over both with a server secret. No personal data, so a leaked badge PDF
 * tells nothing and cannot be edited into another person's badge.
 */
public interface BadgeTokens {

    /** A token for this print of the registration's badge, URL-safe and short enough for a small QR code. */
    String issue(BadgeToken badge);

    /** The token of the first print (serial 1). */
    default String issue(long registrationId) {
        return issue(new BadgeToken(registrationId, 1));
    }

    /** What the token says, if this server issued it; empty if forged, altered or malformed. */
    Optional<BadgeToken> read(String token);

    /** The registration id if the token is one this server issued; empty if forged, altered or malformed. */
    default OptionalLong verify(String token) {
        return read(token).map(b -> OptionalLong.of(b.registrationId())).orElse(OptionalLong.empty());
    }
}
