package org.convene.documents;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether uploaded bytes are a PDF: first the magic bytes, then a full open with iText, which
 * reads the cross-reference table, the trailer, the catalogue and the page tree. A renamed text
 * file fails the first check; a file that only starts like a PDF, or was cut off, fails the second.
 */
public final class PdfFiles {
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfFiles() {
    }

    /** Whether the bytes start with the PDF header ({@code %PDF-}). */
    public static boolean startsLikePdf(byte[] bytes) {
        return bytes != null && bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * The number of pages when iText opens the bytes as a PDF and finds every page; 0 when it
     * cannot (broken structure, no pages, a password needed to open it).
     */
    public static int pages(byte[] bytes) {
        if (!startsLikePdf(bytes)) {
            return 0;
        }
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            int pages = pdf.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                if (pdf.getPage(i) == null) {
                    return 0;
                }
            }
            return pages;
        } catch (IOException | RuntimeException e) {
            // iText reports structural damage with a range of unchecked exceptions: all mean "not a PDF we can use".
            return 0;
        }
    }
}
