package org.convene.roundtables.internal;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfStream;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import java.io.ByteArrayOutputStream;
import java.util.Random;

/** Real PDFs for the tests, written with iText. */
final class TestPdfs {
    private TestPdfs() {
    }

    static byte[] pages(int count) {
        return withPadding(count, 0);
    }

    /** A PDF grown by an uncompressed stream of random bytes, to reach a size. */
    static byte[] withPadding(int pages, int paddingBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().setCompressionLevel(0)))) {
            for (int i = 0; i < pages; i++) {
                pdf.addNewPage();
            }
            if (paddingBytes > 0) {
                byte[] noise = new byte[paddingBytes];
                new Random(7).nextBytes(noise);
                PdfStream stream = new PdfStream(noise);
                stream.makeIndirect(pdf);
                pdf.getCatalog().getPdfObject().put(new com.itextpdf.kernel.pdf.PdfName("Padding"), stream);
            }
        }
        return out.toByteArray();
    }
}
