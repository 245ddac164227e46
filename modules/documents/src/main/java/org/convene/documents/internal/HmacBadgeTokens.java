package org.convene.documents.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.convene.documents.BadgeTokens;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Tokens of 25 bytes, base64url without padding (34 characters): a version byte, the registration
 * id (8 bytes, big-endian) and the first 16 bytes of HMAC-SHA256 over the two. 128 bits of MAC are
 * plenty against forgery and keep the QR code small enough to scan from a lanyard. The version byte
 * lets a later format or key rotation coexist with printed badges.
 */
@Singleton
public class HmacBadgeTokens implements BadgeTokens {

    private static final byte VERSION = 1;
    private static final int MAC_BYTES = 16;
    private static final int TOKEN_BYTES = 1 + Long.BYTES + MAC_BYTES;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    @Inject
    public HmacBadgeTokens(@Value("${convene.badge.secret:}") String configuredSecret,
                           @Value("${convene.data-dir:data}") String dataDir) {
        this(BadgeSecret.resolve(configuredSecret, Path.of(dataDir)));
    }

    /** With a given secret (at least 32 bytes); for tests and callers that manage keys themselves. */
    public HmacBadgeTokens(byte[] secret) {
        if (secret.length < BadgeSecret.MIN_BYTES) {
            throw new IllegalArgumentException("the badge secret must have at least " + BadgeSecret.MIN_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    @Override
    public String issue(long registrationId) {
        if (registrationId <= 0) {
            throw new IllegalArgumentException("registration ids are positive, was " + registrationId);
        }
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES).put(VERSION).putLong(registrationId);
        token.put(mac(token.array(), 1 + Long.BYTES));
        return ENCODER.encodeToString(token.array());
    }

    @Override
    public OptionalLong verify(String token) {
        if (token == null || token.length() != (TOKEN_BYTES * 4 + 2) / 3) {
            return OptionalLong.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(token);
        } catch (IllegalArgumentException e) {
            return OptionalLong.empty();
        }
        if (bytes.length != TOKEN_BYTES || bytes[0] != VERSION) {
            return OptionalLong.empty();
        }
        byte[] expected = mac(bytes, 1 + Long.BYTES);
        // Constant time, so response timing does not leak how much of a forged MAC was right.
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, 1 + Long.BYTES, TOKEN_BYTES))) {
            return OptionalLong.empty();
        }
        // Re-encoding must give the token back: refuses the non-canonical spellings base64 allows.
        if (!ENCODER.encodeToString(bytes).equals(token)) {
            return OptionalLong.empty();
        }
        long id = ByteBuffer.wrap(bytes, 1, Long.BYTES).getLong();
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private byte[] mac(byte[] data, int length) {
        try {
            // Mac objects are not thread-safe and cheap to get; one per call.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
