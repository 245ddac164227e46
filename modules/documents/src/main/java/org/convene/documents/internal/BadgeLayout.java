package org.convene.documents.internal;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.layout.LayoutResult;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.renderer.IRenderer;
import java.util.ArrayList;
import java.util.List;
import org.convene.documents.BadgeData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one badge into an A6-sized rectangle: the colour band with the group, the optional photo,
 * the name (shaped) with the Latin form beneath, organisation, country, role, and the QR code at the
 * foot. Positions are fixed rather than flowed, so every badge of a batch lines up the same.
 */
final class BadgeLayout {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeLayout.class);

    private static final float BAND = 54;
    private static final float MARGIN = 16;
    private static final float QR = 100;
    private static final float PHOTO_W = 72;
    private static final float PHOTO_H = 90;
    /** A photo is never squeezed below this height to make room for text; the text shrinks first. */
    private static final float MIN_PHOTO = 60;
    private static final float PHOTO_GAP = 6;
    private static final Color GREY = new DeviceRgb(0x55, 0x55, 0x55);

    private BadgeLayout() {
    }

    static void draw(PdfDocument pdf, PdfPage page, Rectangle area, BadgeData badge, FontProvider fonts) {
        DeviceRgb band = rgb(badge.group().rgb());
        PdfCanvas pdfCanvas = new PdfCanvas(page);
        pdfCanvas.saveState().setFillColor(band)
                .rectangle(area.getX(), area.getTop() - BAND, area.getWidth(), BAND)
                .rectangle(area.getX(), area.getBottom(), area.getWidth(), 6)
                .fill().restoreState();

        try (Canvas canvas = new Canvas(pdfCanvas, area)) {
            canvas.setFontProvider(fonts);
            canvas.setFontFamily(BadgeFonts.FAMILIES);
            float x = area.getX() + MARGIN;
            float width = area.getWidth() - 2 * MARGIN;

            canvas.add(line(badge.group().label(), 15, true, width)
                    .setFontColor(readableOn(badge.group().rgb()))
                    .setFixedPosition(x, area.getTop() - BAND + 15, width));

            float top = area.getTop() - BAND - 10;
            float floor = area.getBottom() + 14 + QR + 6;
            Image photo = badge.photo() == null ? null : photo(badge);
            float room = top - floor - (photo == null ? 0 : MIN_PHOTO + PHOTO_GAP);
            // Smaller type until the texts fit between photo and QR code: a long organisation
            // wraps onto more lines, and nothing may print over anything else.
            List<Text> texts = texts(canvas, badge, width, 1);
            for (float scale = 0.9f; height(texts) > room && scale >= 0.6f; scale -= 0.1f) {
                texts = texts(canvas, badge, width, scale);
            }
            float y = top;
            if (photo != null) {
                photo.scaleToFit(PHOTO_W, Math.min(PHOTO_H, top - floor - height(texts) - PHOTO_GAP));
                y -= photo.getImageScaledHeight();
                canvas.add(photo.setFixedPosition(area.getX() + (area.getWidth() - photo.getImageScaledWidth()) / 2, y));
                y -= PHOTO_GAP;
            }
            for (Text text : texts) {
                y -= text.gap() + text.height();
                canvas.add(text.paragraph().setFixedPosition(x, y, width));
            }

            BarcodeQRCode qr = new BarcodeQRCode(badge.qrPayload());
            Image code = new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).scaleToFit(QR, QR);
            canvas.add(code.setFixedPosition(area.getX() + (area.getWidth() - QR) / 2, area.getBottom() + 14));
        }
    }

    /** One paragraph of the badge, measured, with the space above it. */
    private record Text(Paragraph paragraph, float gap, float height) {
    }

    private static List<Text> texts(Canvas canvas, BadgeData badge, float width, float scale) {
        List<Text> texts = new ArrayList<>();
        texts.add(measured(canvas, line(badge.displayName(), nameSize(badge.displayName()) * scale, true, width), 0, width));
        if (badge.showsLatinName()) {
            texts.add(measured(canvas, line(badge.latinName(), 12 * scale, false, width).setFontColor(GREY), 0, width));
        }
        float gap = 6 * scale;
        for (String text : new String[] {badge.organisation(), badge.country()}) {
            if (!text.isBlank()) {
                texts.add(measured(canvas, line(text, 11 * scale, false, width), gap, width));
                gap = 0;
            }
        }
        if (!badge.role().isBlank()) {
            texts.add(measured(canvas, line(badge.role(), 13 * scale, true, width), 4 * scale, width));
        }
        return texts;
    }

    /**
     * Measured before it is placed, because a fixed-position paragraph grows upwards from its
     * bottom: a text that wraps must push the next one down, not print over the one above.
     */
    private static Text measured(Canvas canvas, Paragraph paragraph, float gap, float width) {
        IRenderer renderer = paragraph.createRendererSubTree().setParent(canvas.getRenderer());
        LayoutResult result = renderer.layout(new LayoutContext(new LayoutArea(1, new Rectangle(width, 10_000))));
        float height = result.getOccupiedArea() == null ? 0 : result.getOccupiedArea().getBBox().getHeight();
        return new Text(paragraph, gap, height);
    }

    private static float height(List<Text> texts) {
        return (float) texts.stream().mapToDouble(t -> t.gap() + t.height()).sum();
    }

    private static Paragraph line(String text, float size, boolean bold, float width) {
        Paragraph p = new Paragraph(TextShaper.forLayout(text))
                .setFontSize(size).setTextAlignment(TextAlignment.CENTER)
                .setMargin(0).setMultipliedLeading(1.1f).setWidth(width);
        if (bold) {
            p.setProperty(Property.FONT_WEIGHT, "bold");
        }
        return p;
    }

    /** Long names get smaller, so most fit on one line; shaped right-to-left text must not wrap (lines would swap). */
    private static float nameSize(String name) {
        int n = name.codePointCount(0, name.length());
        return n <= 18 ? 22 : n <= 26 ? 18 : n <= 36 ? 14 : 11;
    }

    private static Image photo(BadgeData badge) {
        try {
            return new Image(ImageDataFactory.create(badge.photo()));
        } catch (RuntimeException e) {
            // A bad photo must not stop a batch of thousands; the badge prints without it.
            // The log names nobody: badges are people.
            LOG.warn("A badge photo is not a readable image; that badge is printed without photo");
            return null;
        }
    }

    private static DeviceRgb rgb(int rgb) {
        return new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** Black on light bands, white on dark ones (relative luminance, roughly). */
    private static Color readableOn(int rgb) {
        double luminance = 0.2126 * ((rgb >> 16) & 0xFF) + 0.7152 * ((rgb >> 8) & 0xFF) + 0.0722 * (rgb & 0xFF);
        return luminance > 150 ? ColorConstants.BLACK : ColorConstants.WHITE;
    }
}
