package org.convene.partnerships.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What makes two practices the same: their name, location and period, each folded so that case,
 * accents, punctuation and spacing do not count ("Migra Empresas", "migra-empresas ", "Mígra
 * Empresas" are one), joined with a separator no text contains, hashed with SHA-256 (hex). The aim,
 * partners and SDG targets are left out: a re-sent practice with a reworded aim is still the same one.
 */
final class Fingerprint {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Fingerprint() {
    }

    static String of(String name, String location, String period) {
        String joined = fold(name) + '\u001F' + fold(location) + '\u001F' + fold(period);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Decomposed, marks removed, lower case, every run of non-letters and non-digits one space. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
