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
import java.util.Optional;
import org.convene.documents.BadgeToken;

/**
 * Tokens of 29 bytes, base64url without padding (39 characters): a version byte (2), the
 * registration id (8 bytes, big-endian), the badge serial (4 bytes) and the first 16 bytes of
 * HMAC-SHA256 over what precedes it. 128 bits of MAC are plenty against forgery and keep the QR
 * code small enough to scan from a lanyard. Version 1 tokens (no serial, 34 characters), printed
 * before reprints were told apart, still read as serial 1.
 */
@Singleton
public class HmacBadgeTokens implements BadgeTokens {

    private static final byte V1 = 1;
    private static final byte V2 = 2;
    private static final int MAC_BYTES = 16;
    private static final int V1_SIGNED = 1 + Long.BYTES;
    private static final int V2_SIGNED = 1 + Long.BYTES + Integer.BYTES;
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
    public String issue(BadgeToken badge) {
        ByteBuffer token = ByteBuffer.allocate(V2_SIGNED + MAC_BYTES).put(V2).putLong(badge.registrationId()).putInt(badge.serial());
        token.put(mac(token.array(), V2_SIGNED));
        return ENCODER.encodeToString(token.array());
    }

    @Override
    public Optional<BadgeToken> read(String token) {
        if (token == null || (token.length() != encodedLength(V1_SIGNED) && token.length() != encodedLength(V2_SIGNED))) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = DECODER.decode(token);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int signed = bytes.length == V2_SIGNED + MAC_BYTES && bytes[0] == V2 ? V2_SIGNED
                : bytes.length == V1_SIGNED + MAC_BYTES && bytes[0] == V1 ? V1_SIGNED : -1;
        if (signed < 0) {
            return Optional.empty();
        }
        byte[] expected = mac(bytes, signed);
        // Constant time, so response timing does not leak how much of a forged MAC was right.
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, signed, bytes.length))) {
            return Optional.empty();
        }
        // Re-encoding must give the token back: refuses the non-canonical spellings base64 allows.
        if (!ENCODER.encodeToString(bytes).equals(token)) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(bytes, 1, signed - 1);
        long id = read.getLong();
        int serial = signed == V2_SIGNED ? read.getInt() : 1;
        return id > 0 && serial > 0 ? Optional.of(new BadgeToken(id, serial)) : Optional.empty();
    }

    private static int encodedLength(int signed) {
        return ((signed + MAC_BYTES) * 4 + 2) / 3;
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
