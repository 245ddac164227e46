package org.convene.roundtables.internal;

import java.util.HexFormat;
import java.util.Locale;
import org.convene.documents.PdfFiles;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.RoundtableLimits;

/** What a background paper must be: a PDF (by its bytes, not its name) within the size limit. */
final class PaperRules {
    static final String FIELD = "paper";
    static final String DEFAULT_NAME = "background-paper.pdf";

    private PaperRules() {
    }

    /** Refuses anything but a whole PDF within the limit. */
    static void check(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of(FIELD, "roundtable.paper.required", "choose a PDF file");
        }
        if (content.length > RoundtableLimits.PAPER_MAX_BYTES) {
            throw InvalidInputException.of(FIELD, "roundtable.paper.too-large",
                    "the paper is larger than " + RoundtableLimits.PAPER_MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (!PdfFiles.startsLikePdf(content)) {
            throw InvalidInputException.of(FIELD, "roundtable.paper.not-pdf", "the file is not a PDF");
        }
        if (PdfFiles.pages(content) == 0) {
            throw InvalidInputException.of(FIELD, "roundtable.paper.unreadable", "the file starts like a PDF but does not open as one");
        }
    }

    /**
     * The name to store: the last part of what the browser sent (some send a whole path), without
     * control characters, cut to the column and ending in ".pdf", since the content is one.
     */
    static String fileName(String given) {
        String name = given == null ? "" : given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return DEFAULT_NAME;
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        int max = RoundtableLimits.PAPER_NAME_MAX;
        if (name.codePointCount(0, name.length()) > max) {
            String stem = name.substring(0, name.offsetByCodePoints(0, max - 4));
            name = stem + ".pdf";
        }
        return name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
