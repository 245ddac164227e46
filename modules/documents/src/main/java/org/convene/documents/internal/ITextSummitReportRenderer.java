package org.convene.documents.internal;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;
import com.itextpdf.layout.renderer.ParagraphRenderer;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convene.documents.ConsultationReport;
import org.convene.documents.SummitReport;
import org.convene.documents.SummitReport.Chapter;
import org.convene.documents.SummitReportRenderer;

/**
 * Summit reports as A4 pages. The contents need the page each entry starts on, which is known only
 * once everything is laid out, so the document is laid out twice: the first pass records where the
 * entries land, the second prints those numbers (a third only if the numbers moved a line, which
 * they cannot while the contents keep their length). Pages are numbered "n / N" once all exist.
 */
@Singleton
public class ITextSummitReportRenderer implements SummitReportRenderer {
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);
    private static final float MARGIN = 44;
    private static final int CHART_WIDTH = 460;
    private static final int CHART_HEIGHT = 250;
    private static final int MAX_PASSES = 3;

    @Override
    public byte[] render(SummitReport report) {
        Map<SummitReport.Chart, byte[]> images = new IdentityHashMap<>();
        for (Chapter chapter : report.chapters()) {
            chapter.parts().stream().filter(SummitReport.Chart.class::isInstance).map(SummitReport.Chart.class::cast)
                    .forEach(chart -> images.put(chart, ChartImages.png(switch (chart.kind()) {
                        case BARS -> ChartPlots.bars(chart.title(), "", chart.values(), true);
                        case PIE -> ChartPlots.pie(chart.title(), chart.values());
                    }, CHART_WIDTH, CHART_HEIGHT)));
        }
        Map<String, Integer> pages = Map.of();
        byte[] pdf = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Map<String, Integer> found = new HashMap<>();
            pdf = once(report, images, pages, found);
            if (found.equals(pages)) {
                break;
            }
            pages = found;
        }
        return pdf;
    }

    /** One layout of the whole report; {@code found} gets the page of every entry of the contents. */
    private static byte[] once(SummitReport report, Map<SummitReport.Chart, byte[]> images, Map<String, Integer> pages,
                               Map<String, Integer> found) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(131_072);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4, false)) {
            pdf.getDocumentInfo().setTitle(report.title()).setCreator("Convene");
            doc.setFontProvider(BadgeFonts.newProvider());
            doc.setFontFamily(BadgeFonts.FAMILIES);
            doc.setMargins(40, MARGIN, 48, MARGIN);
            float width = PageSize.A4.getWidth() - 2 * MARGIN;
            doc.add(line(report.title(), 20, true).setMarginBottom(10));
            for (ConsultationReport.Fact fact : report.facts()) {
                Paragraph p = new Paragraph().setFontSize(10).setMargin(0);
                p.add(bold(TextShaper.forLayout(fact.label()) + ": ")).add(new Text(TextShaper.forLayout(fact.value())));
                doc.add(p);
            }
            doc.add(line(report.contentsTitle(), 14, true).setMarginTop(18).setMarginBottom(6));
            Map<String, String> entries = contents(report);
            entries.forEach((key, text) -> doc.add(contentsLine(key, text, pages.get(key), width)));
            int chapterNumber = 0;
            for (Chapter chapter : report.chapters()) {
                String chapterKey = "c" + chapterNumber++;
                doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                doc.add(recorded(line(chapter.heading(), 16, true).setMarginBottom(8), chapterKey, found));
                int headingNumber = 0;
                for (SummitReport.Part part : chapter.parts()) {
                    switch (part) {
                        case SummitReport.Heading h -> {
                            Paragraph p = line(h.text(), 13, true).setMarginTop(12).setMarginBottom(4);
                            p.setKeepWithNext(true);
                            doc.add(h.listed() ? recorded(p, chapterKey + "." + headingNumber++, found) : p);
                        }
                        case SummitReport.Subheading s -> doc.add(line(s.text(), 11, true).setMarginTop(8).setMarginBottom(2).setKeepWithNext(true));
                        case SummitReport.Text t -> t.blocks().forEach(b -> doc.add(block(b)));
                        case SummitReport.Note n -> doc.add(line(n.text(), 10, false).setFontColor(GREY).setMarginBottom(4));
                        case SummitReport.Chart c -> doc.add(new Image(ImageDataFactory.create(images.get(c)))
                                .setWidth(CHART_WIDTH).setMarginTop(6).setMarginBottom(6));
                        case SummitReport.Table t -> doc.add(table(t));
                    }
                }
            }
            numberPages(pdf, doc);
        }
        return out.toByteArray();
    }

    /** The entries of the contents in order: every chapter, and under it its listed headings, keyed as their places record them. */
    private static Map<String, String> contents(SummitReport report) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int c = 0; c < report.chapters().size(); c++) {
            Chapter chapter = report.chapters().get(c);
            entries.put("c" + c, chapter.heading());
            int h = 0;
            for (SummitReport.Part part : chapter.parts()) {
                if (part instanceof SummitReport.Heading heading && heading.listed()) {
                    entries.put("c" + c + "." + h++, heading.text());
                }
            }
        }
        return entries;
    }

    private static Paragraph contentsLine(String key, String text, Integer page, float width) {
        boolean sub = key.indexOf('.') > 0;
        Paragraph p = new Paragraph().setFontSize(sub ? 10 : 11).setMargin(0).setMarginLeft(sub ? 14 : 0).setMarginTop(sub ? 0 : 4);
        p.addTabStops(new TabStop(width, TabAlignment.RIGHT, new DottedLine(0.5f, 3)));
        Text title = new Text(TextShaper.forLayout(text));
        if (!sub) {
            title.setProperty(Property.FONT_WEIGHT, "bold");
        }
        // Until the first pass has found the pages, a stand-in of the same width keeps the lines as they will be.
        p.add(title).add(new Tab()).add(new Text(page == null ? "00" : String.valueOf(page)));
        p.setAction(PdfAction.createGoTo(key));
        return p;
    }

    /** The paragraph notes the page it is drawn on, and is the target of its contents line. */
    private static Paragraph recorded(Paragraph p, String key, Map<String, Integer> found) {
        p.setDestination(key);
        p.setNextRenderer(new PageRecorder(p, key, found));
        return p;
    }

    private static void numberPages(PdfDocument pdf, Document doc) {
        int total = pdf.getNumberOfPages();
        for (int i = 1; i <= total; i++) {
            doc.showTextAligned(new Paragraph(i + " / " + total).setFontSize(8).setFontColor(GREY),
                    PageSize.A4.getWidth() / 2, 24, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
        }
    }

    private static com.itextpdf.layout.element.Table table(SummitReport.Table t) {
        com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(UnitValue.createPercentArray(new float[] {3, 1}))
                .setWidth(UnitValue.createPercentValue(70)).setFontSize(10).setMarginBottom(8);
        for (ConsultationReport.Fact row : t.rows()) {
            table.addCell(new Cell().add(new Paragraph(TextShaper.forLayout(row.label()))).setPadding(3));
            table.addCell(new Cell().add(new Paragraph(TextShaper.forLayout(row.value())).setTextAlignment(TextAlignment.RIGHT)).setPadding(3));
        }
        return table;
    }

    private static Paragraph block(ConsultationReport.Block block) {
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

    private static Text bold(String text) {
        Text t = new Text(text);
        t.setProperty(Property.FONT_WEIGHT, "bold");
        return t;
    }

    private static Paragraph line(String text, float size, boolean bold) {
        Paragraph p = new Paragraph(TextShaper.forLayout(text)).setFontSize(size).setMargin(0).setMultipliedLeading(1.15f);
        if (bold) {
            p.setProperty(Property.FONT_WEIGHT, "bold");
        }
        return p;
    }

    /** Notes the page a paragraph is finally drawn on. */
    private static final class PageRecorder extends ParagraphRenderer {
        private final String key;
        private final Map<String, Integer> found;

        PageRecorder(Paragraph paragraph, String key, Map<String, Integer> found) {
            super(paragraph);
            this.key = key;
            this.found = found;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new PageRecorder((Paragraph) modelElement, key, found);
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            found.putIfAbsent(key, getOccupiedArea().getPageNumber());
        }
    }
}
