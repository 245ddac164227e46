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
import com.itextpdf.layout.properties.TextAlignment;
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

            float y = area.getTop() - BAND - 10;
            if (badge.photo() != null) {
                Image photo = photo(badge);
                if (photo != null) {
                    photo.scaleToFit(PHOTO_W, PHOTO_H);
                    y -= photo.getImageScaledHeight();
                    canvas.add(photo.setFixedPosition(area.getX() + (area.getWidth() - photo.getImageScaledWidth()) / 2, y));
                    y -= 8;
                }
            }

            float nameSize = nameSize(badge.displayName());
            y -= nameSize * 1.35f;
            canvas.add(line(badge.displayName(), nameSize, true, width).setFixedPosition(x, y, width));
            if (badge.showsLatinName()) {
                y -= 17;
                canvas.add(line(badge.latinName(), 12, false, width).setFontColor(GREY).setFixedPosition(x, y, width));
            }
            y -= 10;
            for (String text : new String[] {badge.organisation(), badge.country()}) {
                if (!text.isBlank()) {
                    y -= 16;
                    canvas.add(line(text, 11, false, width).setFixedPosition(x, y, width));
                }
            }
            if (!badge.role().isBlank()) {
                y -= 20;
                canvas.add(line(badge.role(), 13, true, width).setFixedPosition(x, y, width));
            }

            BarcodeQRCode qr = new BarcodeQRCode(badge.qrPayload());
            Image code = new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).scaleToFit(QR, QR);
            canvas.add(code.setFixedPosition(area.getX() + (area.getWidth() - QR) / 2, area.getBottom() + 14));
        }
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
            LOG.warn("Photo of badge {} is not a readable image; printed without photo", badge.displayName());
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
