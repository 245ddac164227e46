package org.convene.documents.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.convene.documents.BadgeToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacBadgeTokensTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    private final HmacBadgeTokens tokens = new HmacBadgeTokens(SECRET);

    @Test
    void issuedTokenVerifiesToItsRegistration() {
        for (long id : new long[] {1, 42, 1_234_567_890_123L, Long.MAX_VALUE}) {
            String token = tokens.issue(id);
            assertThat(token).matches("[A-Za-z0-9_-]{39}");
            assertThat(tokens.verify(token)).hasValue(id);
        }
    }

    @Test
    void tokenHoldsNoPersonalDataAndIsStable() {
        assertThat(tokens.issue(7)).isEqualTo(tokens.issue(7)).isNotEqualTo(tokens.issue(8));
    }

    @Test
    void everyAlteredCharacterIsRefused() {
        String token = tokens.issue(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < token.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c == token.charAt(i)) {
                    continue;
                }
                String altered = token.substring(0, i) + c + token.substring(i + 1);
                assertThat(tokens.verify(altered)).as(altered).isEmpty();
            }
        }
    }

    @Test
    void idSwappedIntoAnotherTokenIsRefused() {
        byte[] mine = Base64.getUrlDecoder().decode(tokens.issue(42));
        byte[] other = Base64.getUrlDecoder().decode(tokens.issue(43));
        System.arraycopy(other, 1, mine, 1, 8);
        assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(mine))).isEmpty();
    }

    @Test
    void tokenFromAnotherSecretIsRefused() {
        HmacBadgeTokens other = new HmacBadgeTokens("another secret of thirty-two bytes!".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(other.issue(42))).isEmpty();
        assertThat(other.verify(tokens.issue(42))).isEmpty();
    }

    @Test
    void malformedInputIsRefused() {
        String token = tokens.issue(42);
        for (String bad : new String[] {null, "", "abc", token + "A", token.substring(1), " " + token.substring(1),
                "!".repeat(39), "李".repeat(39), "!".repeat(34)}) {
            assertThat(tokens.verify(bad)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void theSerialTravelsWithTheTokenAndCannotBeEdited() {
        String second = tokens.issue(new BadgeToken(42, 2));
        assertThat(tokens.read(second)).contains(new BadgeToken(42, 2));
        assertThat(second).isNotEqualTo(tokens.issue(new BadgeToken(42, 1)));
        byte[] bytes = Base64.getUrlDecoder().decode(second);
        bytes[12] = 3;
        assertThat(tokens.read(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes))).isEmpty();
    }

    @Test
    void aVersionOneTokenPrintedBeforeSerialsReadsAsTheFirstPrint() throws Exception {
        ByteBuffer v1 = ByteBuffer.allocate(25).put((byte) 1).putLong(42);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        mac.update(v1.array(), 0, 9);
        v1.put(Arrays.copyOf(mac.doFinal(), 16));
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(v1.array());
        assertThat(token).hasSize(34);
        assertThat(tokens.read(token)).contains(new BadgeToken(42, 1));
    }

    @Test
    void nonPositiveIdsAreNotIssued() {
        assertThatThrownBy(() -> tokens.issue(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.issue(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortSecretsAreRefused() {
        assertThatThrownBy(() -> new HmacBadgeTokens(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HmacBadgeTokens("too short", "unused")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void configuredSecretIsUsedAndNoFileIsWritten(@TempDir Path dir) {
        HmacBadgeTokens configured = new HmacBadgeTokens(new String(SECRET, StandardCharsets.UTF_8), dir.toString());
        assertThat(tokens.verify(configured.issue(42))).hasValue(42);
        assertThat(dir.resolve(BadgeSecret.FILE)).doesNotExist();
    }

    @Test
    void generatedSecretIsKeptPrivatelyAndSurvivesARestart(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("data");
        String token = new HmacBadgeTokens("", dataDir.toString()).issue(42);

        Path file = dataDir.resolve(BadgeSecret.FILE);
        assertThat(file).exists();
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(new HmacBadgeTokens(null, dataDir.toString()).verify(token)).hasValue(42);
        assertThat(new HmacBadgeTokens(SECRET).verify(token)).isEmpty();
    }
}
