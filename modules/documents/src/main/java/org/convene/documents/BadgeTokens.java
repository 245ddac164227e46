package org.convene.documents;

import java.util.OptionalLong;

/**
 * The opaque, signed tokens a badge's QR code holds: a registration id and an HMAC over it with a
 * server secret. No personal data, so a leaked badge PDF tells nothing and cannot be edited into
 * another person's badge.
 */
public interface BadgeTokens {

    /** A token for the registration, URL-safe and short enough for a small QR code. */
    String issue(long registrationId);

    /** The registration id if the token is one this server issued; empty if forged, altered or malformed. */
    OptionalLong verify(String token);
}
