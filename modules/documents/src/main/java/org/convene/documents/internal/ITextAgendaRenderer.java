package org.convene.documents.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.UnitValue;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import org.convene.documents.AgendaDocument;
import org.convene.documents.AgendaRenderer;

/**
 * Agendas as flowing A4 pages: a heading per day, then one row per session with its time on the
 * left and title, kind, place and people on the right. Text goes through {@link TextShaper} like
 * badges, so Arabic prints joined and right to left.
 */
@Singleton
public class ITextAgendaRenderer implements AgendaRenderer {
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);
    private static final Color RULE = new DeviceRgb(0xCC, 0xCC, 0xCC);

    @Override
    public byte[] render(AgendaDocument agenda) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4)) {
            pdf.getDocumentInfo().setTitle(agenda.title()).setCreator("Convene");
            doc.setFontProvider(BadgeFonts.newProvider());
            doc.setFontFamily(BadgeFonts.FAMILIES);
            doc.setMargins(40, 44, 40, 44);
            doc.add(text(agenda.title(), 18, true));
            if (!agenda.subtitle().isBlank()) {
                doc.add(text(agenda.subtitle(), 11, false).setFontColor(GREY).setMarginBottom(8));
            }
            if (agenda.days().isEmpty()) {
                doc.add(text(agenda.empty(), 11, false));
            }
            for (AgendaDocument.Day day : agenda.days()) {
                doc.add(text(day.heading(), 13, true).setMarginTop(12).setMarginBottom(4));
                if (day.entries().isEmpty()) {
                    doc.add(text(agenda.empty(), 10, false).setFontColor(GREY));
                    continue;
                }
                doc.add(table(day));
            }
        }
        return out.toByteArray();
    }

    private static Table table(AgendaDocument.Day day) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 78})).useAllAvailableWidth();
        for (AgendaDocument.Entry entry : day.entries()) {
            Cell when = new Cell().setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(RULE, 0.5f)).setPaddingTop(4);
            when.add(text(entry.time(), 10, true));
            if (!entry.kind().isBlank()) {
                when.add(text(entry.kind(), 8, false).setFontColor(GREY));
            }
            Cell what = new Cell().setBorder(Border.NO_BORDER).setBorderTop(new SolidBorder(RULE, 0.5f)).setPaddingTop(4);
            what.add(text(entry.title(), 11, true));
            if (!entry.place().isBlank()) {
                what.add(text(entry.place(), 9, false).setFontColor(GREY));
            }
            for (String line : entry.details()) {
                what.add(text(line, 9, false));
            }
            table.addCell(when).addCell(what);
        }
        return table;
    }

    private static Paragraph text(String text, float size, boolean bold) {
        Paragraph p = new Paragraph(TextShaper.forLayout(text)).setFontSize(size).setMargin(0).setMultipliedLeading(1.15f);
        if (bold) {
            p.setProperty(Property.FONT_WEIGHT, "bold");
        }
        return p;
    }
}
