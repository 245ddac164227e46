package org.convene.documents.internal;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled fonts. Bundled rather than taken from the system, so a badge looks the same on every
 * machine: Noto Sans (Latin, Greek, Cyrillic), Noto Naskh Arabic (it has the presentation-form
 * glyphs our shaping produces) and Droid Sans Fallback for Chinese (3.4 MB, against 19.5 MB for the
 * Noto CJK collection). The {@link FontSet} parses each font once per JVM; a {@link FontProvider}
 * keeps per-document state (the PDF fonts it made), so each document gets its own.
 */
final class BadgeFonts {

    static final String LATIN = "Noto Sans";
    static final String ARABIC = "Noto Naskh Arabic";
    static final String CJK = "Droid Sans Fallback";
    /** In order of preference: iText takes the first family that has a glyph for each character. */
    static final String[] FAMILIES = {LATIN, ARABIC, CJK};

    private static final String[] FILES = {
            "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
            "DroidSansFallback.ttf"};

    private BadgeFonts() {
    }

    /** The JVM's font set, loaded on first use. */
    static FontSet fontSet() {
        return Holder.SET;
    }

    /** A provider for one document, over the shared set, without any system fonts. */
    static FontProvider newProvider() {
        return new FontProvider(Holder.SET, LATIN);
    }

    /** The regular Latin face as a PDF font of the provider's document, for text drawn outside layout (page numbers). */
    static PdfFont latin(FontProvider provider) {
        return Holder.SET.getFonts().stream()
                .filter(f -> f.getDescriptor().getFamilyNameLowerCase().equals(LATIN.toLowerCase(java.util.Locale.ROOT)) && !f.getDescriptor().isBold())
                .findFirst().map(provider::getPdfFont).orElseThrow(() -> new IllegalStateException("bundled font " + LATIN + " is missing"));
    }

    private static final class Holder {
        static final FontSet SET = load();

        private static FontSet load() {
            FontSet set = new FontSet();
            for (String file : FILES) {
                if (!set.addFont(read(file), PdfEncodings.IDENTITY_H)) {
                    throw new IllegalStateException("bundled font " + file + " could not be added");
                }
            }
            return set;
        }

        private static byte[] read(String file) {
            try (InputStream in = BadgeFonts.class.getResourceAsStream("/org/convene/documents/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + file + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
