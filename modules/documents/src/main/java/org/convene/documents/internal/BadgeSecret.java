package org.convene.documents.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the badge secret comes from: the configured {@code convene.badge.secret}, else a random one
 * kept in {@code <data-dir>/badge-secret}. Kept, not made anew per start, because printed badges
 * must still scan after a restart. The file is readable by its owner only.
 */
final class BadgeSecret {

    static final int MIN_BYTES = 32;
    static final String FILE = "badge-secret";

    private BadgeSecret() {
    }

    static byte[] resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] secret = configured.strip().getBytes(StandardCharsets.UTF_8);
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException("convene.badge.secret must have at least " + MIN_BYTES
                        + " characters; leave it unset to have one generated");
            }
            return secret;
        }
        return fromFile(dataDir.resolve(FILE));
    }

    static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] secret = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (secret.length < MIN_BYTES) {
                throw new IllegalStateException(file + " holds a badge secret shorter than " + MIN_BYTES + " bytes");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the badge secret " + file, e);
        }
    }

    /** Written to a private temporary file and moved into place, so a reader never sees half a secret. */
    private static void create(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] secret = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(secret);
        Path tmp = ownerOnlyTempFile(dir);
        try {
            Files.writeString(tmp, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            // Another process created it first; theirs wins, so both use the same secret.
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path ownerOnlyTempFile(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(dir, FILE, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path tmp = Files.createTempFile(dir, FILE, ".tmp");
        var f = tmp.toFile();
        f.setReadable(false, false);
        f.setReadable(true, true);
        f.setWritable(false, false);
        f.setWritable(true, true);
        return tmp;
    }
}
