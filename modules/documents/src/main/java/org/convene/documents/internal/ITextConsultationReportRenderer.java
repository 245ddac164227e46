package org.convene.documents.internal;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import org.convene.documents.ConsultationReport;
import org.convene.documents.ConsultationReportRenderer;

/**
 * Consultation reports as flowing A4 pages: title, the facts as label–value lines, then one section
 * per theme whose blocks print as paragraphs and indented list items. Text goes through
 * {@link TextShaper}, so Arabic prints joined and right to left.
 */
@Singleton
public class ITextConsultationReportRenderer implements ConsultationReportRenderer {
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);

    @Override
    public byte[] render(ConsultationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32_768);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4)) {
            pdf.getDocumentInfo().setTitle(report.title()).setCreator("Convene");
            doc.setFontProvider(BadgeFonts.newProvider());
            doc.setFontFamily(BadgeFonts.FAMILIES);
            doc.setMargins(40, 44, 40, 44);
            doc.add(ReportText.line(report.title(), 18, true).setMarginBottom(8));
            for (ConsultationReport.Fact fact : report.facts()) {
                Paragraph p = new Paragraph().setFontSize(10).setMargin(0);
                p.add(ReportText.bold(TextShaper.forLayout(fact.label()) + ": ")).add(new Text(TextShaper.forLayout(fact.value())));
                doc.add(p);
            }
            for (ConsultationReport.Section section : report.themes()) {
                doc.add(ReportText.line(section.heading(), 13, true).setMarginTop(14).setMarginBottom(4));
                if (section.blocks().isEmpty()) {
                    doc.add(ReportText.line(report.empty(), 10, false).setFontColor(GREY));
                }
                for (ConsultationReport.Block block : section.blocks()) {
                    doc.add(ReportText.block(block));
                }
                if (!section.byline().isBlank()) {
                    doc.add(ReportText.line(section.byline(), 8, false).setFontColor(GREY).setMarginTop(4));
                }
            }
        }
        return out.toByteArray();
    }
}
