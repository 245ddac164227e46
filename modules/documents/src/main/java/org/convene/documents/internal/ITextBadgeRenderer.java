package org.convene.documents.internal;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.font.FontProvider;
import jakarta.inject.Singleton;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.IntConsumer;

/** Badges with iText 9 and the bundled fonts; see {@link BadgeLayout} for what a badge shows. */
@Singleton
public class ITextBadgeRenderer implements BadgeRenderer {

    private static final float CUT_MARK = 8;

    @Override
    public byte[] a6(List<BadgeData> badges, IntConsumer progress) {
        return render(badges, (pdf, fonts) -> {
            for (int i = 0; i < badges.size(); i++) {
                PdfPage page = pdf.addNewPage(PageSize.A6);
                BadgeLayout.draw(pdf, page, page.getPageSize(), badges.get(i), fonts);
                progress.accept(i + 1);
            }
        });
    }

    @Override
    public byte[] a4Sheets(List<BadgeData> badges, IntConsumer progress) {
        return render(badges, (pdf, fonts) -> {
            PdfPage page = null;
            for (int i = 0; i < badges.size(); i++) {
                if (i % 4 == 0) {
                    page = pdf.addNewPage(PageSize.A4);
                    cutMarks(page);
                }
                BadgeLayout.draw(pdf, page, slot(i % 4), badges.get(i), fonts);
                progress.accept(i + 1);
            }
        });
    }

    /** Two by two; A4 is 2.8 pt taller than two A6, which goes to the bottom edge. */
    private static Rectangle slot(int index) {
        float w = PageSize.A6.getWidth();
        float h = PageSize.A6.getHeight();
        float top = PageSize.A4.getHeight();
        return new Rectangle((index % 2) * w, top - (index / 2 + 1) * h, w, h);
    }

    private static void cutMarks(PdfPage page) {
        float w = PageSize.A6.getWidth();
        float h = PageSize.A6.getHeight();
        float top = PageSize.A4.getHeight();
        PdfCanvas c = new PdfCanvas(page).saveState().setLineWidth(0.3f);
        float midY = top - h;
        c.moveTo(0, midY).lineTo(CUT_MARK, midY).moveTo(2 * w - CUT_MARK, midY).lineTo(2 * w, midY);
        c.moveTo(w, top).lineTo(w, top - CUT_MARK).moveTo(w, top - 2 * h).lineTo(w, top - 2 * h + CUT_MARK);
        c.stroke().restoreState();
    }

    private interface Pages {
        void write(PdfDocument pdf, FontProvider fonts);
    }

    private static byte[] render(List<BadgeData> badges, Pages pages) {
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("no badges to render");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384 + badges.size() * 4_096);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            pdf.getDocumentInfo().setTitle("Badges").setCreator("Convene");
            pages.write(pdf, BadgeFonts.newProvider());
        }
        return out.toByteArray();
    }
}
