package org.convene.documents.internal;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
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
 * Summit reports as A4 pages. The contents need the page each entry starts on, known only once
 * everything is laid out; the document keeps its pages open (no immediate flush), so after one
 * layout the page numbers are written at the end of the contents lines, whose places were noted,
 * and every page gets its "n / N". One layout instead of two halves the time (see decision 0010).
 */
@Singleton
public class ITextSummitReportRenderer implements SummitReportRenderer {
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);
    private static final float MARGIN = 44;
    private static final int CHART_WIDTH = 460;
    private static final int CHART_HEIGHT = 250;
    /** Room at the right end of a contents line for its page number. */
    private static final float NUMBER_WIDTH = 28;
    private static final float NUMBER_HEIGHT = 9;

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
        return layOut(report, images);
    }

    /** Lays the whole report out once, then writes the pages its contents lines point to and the page numbers. */
    private static byte[] layOut(SummitReport report, Map<SummitReport.Chart, byte[]> images) {
        Map<String, Integer> found = new HashMap<>();
        Map<String, PdfFormXObject> numbers = new HashMap<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(131_072);
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out)); Document doc = new Document(pdf, PageSize.A4, false)) {
            pdf.getDocumentInfo().setTitle(report.title()).setCreator("Convene");
            FontProvider fonts = BadgeFonts.newProvider();
            doc.setFontProvider(fonts);
            doc.setFontFamily(BadgeFonts.FAMILIES);
            doc.setMargins(40, MARGIN, 48, MARGIN);
            float width = PageSize.A4.getWidth() - 2 * MARGIN;
            doc.add(ReportText.line(report.title(), 20, true).setMarginBottom(10));
            for (ConsultationReport.Fact fact : report.facts()) {
                Paragraph p = new Paragraph().setFontSize(10).setMargin(0);
                p.add(ReportText.bold(TextShaper.forLayout(fact.label()) + ": ")).add(new Text(TextShaper.forLayout(fact.value())));
                doc.add(p);
            }
            doc.add(ReportText.line(report.contentsTitle(), 14, true).setMarginTop(18).setMarginBottom(6));
            Map<String, String> entries = contents(report);
            entries.forEach((key, text) -> {
                PdfFormXObject number = new PdfFormXObject(new Rectangle(NUMBER_WIDTH, NUMBER_HEIGHT));
                numbers.put(key, number);
                doc.add(contentsLine(key, text, number, width));
            });
            int chapterNumber = 0;
            for (Chapter chapter : report.chapters()) {
                String chapterKey = "c" + chapterNumber++;
                doc.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                doc.add(recorded(ReportText.line(chapter.heading(), 16, true).setMarginBottom(8), chapterKey, found));
                int headingNumber = 0;
                for (SummitReport.Part part : chapter.parts()) {
                    switch (part) {
                        case SummitReport.Heading h -> {
                            Paragraph p = ReportText.line(h.text(), 13, true).setMarginTop(12).setMarginBottom(4);
                            p.setKeepWithNext(true);
                            doc.add(h.listed() ? recorded(p, chapterKey + "." + headingNumber++, found) : p);
                        }
                        case SummitReport.Subheading s -> doc.add(ReportText.line(s.text(), 11, true).setMarginTop(8).setMarginBottom(2).setKeepWithNext(true));
                        case SummitReport.Text t -> t.blocks().forEach(b -> doc.add(ReportText.block(b)));
                        case SummitReport.Note n -> doc.add(ReportText.line(n.text(), 10, false).setFontColor(GREY).setMarginBottom(4));
                        case SummitReport.Chart c -> doc.add(new Image(ImageDataFactory.create(images.get(c)))
                                .setWidth(CHART_WIDTH).setMarginTop(6).setMarginBottom(6));
                        case SummitReport.Table t -> doc.add(table(t));
                    }
                }
            }
            PdfFont digits = BadgeFonts.latin(fonts);
            entries.keySet().forEach(key -> pageNumber(pdf, numbers.get(key), found.get(key), digits, key.indexOf('.') > 0 ? 10 : 11));
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

    /**
     * A line of the contents: the entry, dots, and at the right margin a blank form that gets the page
     * number once the page is known. The form sits on the line's baseline like the text beside it.
     */
    private static Paragraph contentsLine(String key, String text, PdfFormXObject number, float width) {
        boolean sub = key.indexOf('.') > 0;
        Paragraph p = new Paragraph().setFontSize(sub ? 10 : 11).setMargin(0).setMultipliedLeading(1.15f)
                .setMarginLeft(sub ? 14 : 0).setMarginTop(sub ? 0 : 4);
        p.addTabStops(new TabStop(width - (sub ? 14 : 0), TabAlignment.RIGHT, new DottedLine(0.5f, 3)));
        Text title = new Text(TextShaper.forLayout(text));
        if (!sub) {
            title.setProperty(Property.FONT_WEIGHT, "bold");
        }
        p.add(title).add(new Tab()).add(new Image(number));
        p.setAction(PdfAction.createGoTo(key));
        return p;
    }

    /** Writes the page an entry starts on into its blank form, right-aligned on the baseline. */
    private static void pageNumber(PdfDocument pdf, PdfFormXObject number, Integer target, PdfFont font, float size) {
        if (target == null) {
            return;
        }
        String page = String.valueOf(target);
        new PdfCanvas(number, pdf).beginText().setFontAndSize(font, size)
                .moveText(NUMBER_WIDTH - font.getWidth(page, size), 0).showText(page).endText();
    }

    /** The paragraph notes the page it is laid out on, and is the target of its contents line. */
    private static Paragraph recorded(Paragraph p, String key, Map<String, Integer> found) {
        p.setDestination(key);
        p.setKeepTogether(true);
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

    /**
     * Notes the page a paragraph is laid out on. Layout runs again when a heading kept with the next
     * element moves to the next page, so the last layout wins; recorded paragraphs are kept
     * together, so none is split over two pages.
     */
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
        public LayoutResult layout(LayoutContext context) {
            LayoutResult result = super.layout(context);
            if (result.getStatus() != LayoutResult.NOTHING && result.getOccupiedArea() != null) {
                found.put(key, result.getOccupiedArea().getPageNumber());
            }
            return result;
        }
    }
}
