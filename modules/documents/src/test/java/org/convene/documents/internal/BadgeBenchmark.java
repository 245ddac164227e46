package org.convene.documents.internal;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import com.itextpdf.layout.properties.TextAlignment;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: {@code ops/bench-badges} runs it. N badges in one A6 PDF through {@link BadgeRenderer},
 * beside a bare iText loop writing the same pages (band, same texts, same QR codes) with none of
 * Convene's code: no shaping, no layout class, just the fonts the texts need. Both are warmed up,
 * then measured alternately; the best run of each counts.
 * Arguments: [badges] [runs] [output dir].
 */
public final class BadgeBenchmark {

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path out = Path.of(args.length > 2 ? args[2] : "target/bench");
        Files.createDirectories(out);

        List<BadgeData> badges = badges(n);
        BadgeRenderer renderer = new ITextBadgeRenderer();
        FontSet bareFonts = bareFontSet();

        // Warm-up: class loading, JIT, the shared font set.
        renderer.a6(badges.subList(0, Math.min(1_000, n)));
        bare(badges.subList(0, Math.min(1_000, n)), bareFonts);

        long bestConvene = Long.MAX_VALUE;
        long bestBare = Long.MAX_VALUE;
        byte[] convenePdf = null;
        byte[] barePdf = null;
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            barePdf = bare(badges, bareFonts);
            long t1 = System.nanoTime();
            convenePdf = renderer.a6(badges);
            long t2 = System.nanoTime();
            System.out.printf("run %d: bare %.2f s, convene %.2f s%n", run, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            bestBare = Math.min(bestBare, t1 - t0);
            bestConvene = Math.min(bestConvene, t2 - t1);
        }
        Files.write(out.resolve("badges-convene.pdf"), convenePdf);
        Files.write(out.resolve("badges-bare.pdf"), barePdf);

        double bareRate = n / (bestBare / 1e9);
        double conveneRate = n / (bestConvene / 1e9);
        System.out.printf("bare iText : %,d badges in %.2f s = %,.0f badges/s (%,d KB)%n",
                n, bestBare / 1e9, bareRate, barePdf.length / 1024);
        System.out.printf("Convene    : %,d badges in %.2f s = %,.0f badges/s (%,d KB)%n",
                n, bestConvene / 1e9, conveneRate, convenePdf.length / 1024);
        System.out.printf("ratio Convene/bare: %.2f (goal >= 0.50); Convene under 30 s: %s%n",
                conveneRate / bareRate, bestConvene / 1e9 < 30 ? "yes" : "NO");
    }

    /** Mostly Latin names, as at a summit, with Arabic, Chinese and Cyrillic ones among them. */
    static List<BadgeData> badges(int n) {
        HmacBadgeTokens tokens = new HmacBadgeTokens("benchmark secret, thirty-two bytes".getBytes(StandardCharsets.UTF_8));
        String[][] people = {
                {"Ana María López", "Ana María López", "Red de Migrantes", "Mexico", "Delegate"},
                {"محمد عبد الله", "Mohamed Abdallah", "Arab Labour Organization", "Egypt", "Delegate"},
                {"李明", "Li Ming", "Ministry of Commerce", "China", "Observer"},
                {"Ирина Петрова", "Irina Petrova", "Migration Forum", "Russia", "Speaker"},
                {"Jean-Baptiste Ouédraogo", null, "Ministère des Affaires étrangères", "Burkina Faso", "Head of delegation"},
                {"Priya Raman", null, "Migrant Forum in Asia", "India", "Delegate"},
        };
        String[][] groups = {{"Civil society", "#2E7D32"}, {"Government", "#1565C0"}, {"Business", "#F9A825"}};
        List<BadgeData> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] p = people[i % people.length];
            String[] g = groups[i % groups.length];
            out.add(new BadgeData(p[0], p[1], p[2], p[3], p[4],
                    new org.convene.documents.StakeholderGroup(g[0], g[1]), tokens.issue(i + 1)));
        }
        return out;
    }

    /** The same pages with plain iText: texts as given, one font provider over the fonts they need. */
    static byte[] bare(List<BadgeData> badges, FontSet fonts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(out))) {
            FontProvider provider = new FontProvider(fonts, "Noto Sans");
            for (BadgeData b : badges) {
                PdfPage page = pdf.addNewPage(PageSize.A6);
                Rectangle area = page.getPageSize();
                int rgb = b.group().rgb();
                PdfCanvas pc = new PdfCanvas(page);
                pc.saveState().setFillColor(new DeviceRgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF))
                        .rectangle(0, area.getTop() - 54, area.getWidth(), 54).fill().restoreState();
                try (Canvas canvas = new Canvas(pc, area)) {
                    canvas.setFontProvider(provider);
                    canvas.setFontFamily("Noto Sans", "Noto Naskh Arabic", "Droid Sans Fallback");
                    float w = area.getWidth() - 32;
                    float y = area.getTop() - 40;
                    for (String text : new String[] {b.group().label(), b.displayName(), b.latinName(),
                            b.organisation(), b.country(), b.role()}) {
                        if (text != null) {
                            canvas.add(new Paragraph(text).setFontSize(12).setTextAlignment(TextAlignment.CENTER)
                                    .setMargin(0).setFixedPosition(16, y, w));
                            y -= 24;
                        }
                    }
                    BarcodeQRCode qr = new BarcodeQRCode(b.qrPayload());
                    canvas.add(new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).scaleToFit(100, 100)
                            .setFixedPosition((area.getWidth() - 100) / 2, 14));
                }
            }
        }
        return out.toByteArray();
    }

    static FontSet bareFontSet() throws IOException {
        FontSet set = new FontSet();
        for (String file : new String[] {"NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "DroidSansFallback.ttf"}) {
            try (InputStream in = BadgeBenchmark.class.getResourceAsStream("/org/convene/documents/fonts/" + file)) {
                set.addFont(in.readAllBytes(), PdfEncodings.IDENTITY_H);
            }
        }
        return set;
    }
}
