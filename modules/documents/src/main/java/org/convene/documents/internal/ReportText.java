package org.convene.documents.internal;

import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import org.convene.documents.ConsultationReport;

/** The paragraphs the consultation report and the summit report print alike: rich-text blocks, headings, bold runs. */
final class ReportText {
    private ReportText() {
    }

    /** A rich-text block (paragraph, bullet or numbered item) of shaped, formatted runs. */
    static Paragraph block(ConsultationReport.Block block) {
        Paragraph p = new Paragraph().setFontSize(10).setMarginTop(0).setMarginBottom(4).setMultipliedLeading(1.2f);
        switch (block.kind()) {
            case BULLET -> p.setMarginLeft(14).add(new Text("• "));
            case NUMBERED -> p.setMarginLeft(14).add(new Text(block.number() + ". "));
            case PARAGRAPH -> { }
        }
        for (ConsultationReport.Run run : block.runs()) {
            Text text = new Text(TextShaper.forLayout(run.text()));
            if (run.bold()) {
                text.setProperty(Property.FONT_WEIGHT, "bold");
            }
            if (run.italic()) {
                text.simulateItalic();
            }
            p.add(text);
        }
        return p;
    }

    static Text bold(String text) {
        Text t = new Text(text);
        t.setProperty(Property.FONT_WEIGHT, "bold");
        return t;
    }

    /** One shaped line of text at a size, bold or not, without margins. */
    static Paragraph line(String text, float size, boolean bold) {
        Paragraph p = new Paragraph(TextShaper.forLayout(text)).setFontSize(size).setMargin(0).setMultipliedLeading(1.15f);
        if (bold) {
            p.setProperty(Property.FONT_WEIGHT, "bold");
        }
        return p;
    }
}
