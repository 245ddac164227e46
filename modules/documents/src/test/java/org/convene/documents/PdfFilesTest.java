package org.convene.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PdfFilesTest {
    @Test
    void a_pdf_written_by_itext_opens_with_its_pages() {
        byte[] pdf = pdf(3);
        assertThat(PdfFiles.startsLikePdf(pdf)).isTrue();
        assertThat(PdfFiles.pages(pdf)).isEqualTo(3);
    }

    @Test
    void text_is_not_a_pdf_and_a_header_alone_does_not_open() {
        byte[] text = "Just words".getBytes(StandardCharsets.UTF_8);
        assertThat(PdfFiles.startsLikePdf(text)).isFalse();
        assertThat(PdfFiles.pages(text)).isZero();
        byte[] fake = "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII);
        assertThat(PdfFiles.startsLikePdf(fake)).isTrue();
        assertThat(PdfFiles.pages(fake)).isZero();
        assertThat(PdfFiles.startsLikePdf(null)).isFalse();
    }

    @Test
    void a_pdf_cut_off_early_does_not_open() {
        byte[] pdf = pdf(2);
        assertThat(PdfFiles.pages(Arrays.copyOf(pdf, pdf.length / 3))).isZero();
    }

    private static byte[] pdf(int pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(out))) {
            for (int i = 0; i < pages; i++) {
                document.addNewPage();
            }
        }
        return out.toByteArray();
    }
}
