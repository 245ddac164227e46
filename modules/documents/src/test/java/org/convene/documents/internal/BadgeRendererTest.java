package org.convene.documents.internal;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.LocationTextExtractionStrategy;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.xobject.PdfImageXObject;
import org.convene.documents.BadgeData;
import org.convene.documents.BadgeRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BadgeRendererTest {

    private final BadgeRenderer renderer = new ITextBadgeRenderer();

    @Test
    void arabicNameComesOutJoinedAndInVisualOrder() throws IOException {
        String text = text(renderer.a6(List.of(Badges.ARABIC)), 1);
        // Presentation forms (final, medial, medial, initial) right to left; unshaped text would
        // extract as the plain letters U+0645 U+062D U+0645 U+062F and fail both assertions.
        assertThat(text).contains("\uFEAA\uFEE4\uFEA4\uFEE3");
        assertThat(text).doesNotContain("\u0645\u062D\u0645\u062F");
        assertThat(text).contains("Mohamed", "Egypt", "Delegate", "Civil society");
    }

    @Test
    void chineseAndCyrillicNamesExtractIntact() throws IOException {
        byte[] pdf = renderer.a6(List.of(Badges.CHINESE, Badges.CYRILLIC));
        assertThat(text(pdf, 1)).contains("李明", "Li Ming", "Ministry of Commerce", "China", "Observer");
        assertThat(text(pdf, 2)).contains("Ирина Петрова", "Irina Petrova", "Фонд «Мост»", "Speaker");
    }

    @Test
    void latinFormIsPrintedBeneathTheNameOnlyWhenItDiffers() throws IOException {
        String cyrillic = text(renderer.a6(List.of(Badges.CYRILLIC)), 1);
        assertThat(cyrillic.indexOf("Irina Petrova")).isGreaterThan(cyrillic.indexOf("Ирина Петрова"));

        String latin = text(renderer.a6(List.of(Badges.LATIN)), 1);
        assertThat(latin.split("Ana María López", -1)).hasSize(2);
    }

    @Test
    void a6HasOneA6PagePerBadge() throws IOException {
        try (PdfDocument pdf = read(renderer.a6(badges(7)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(7);
            for (int i = 1; i <= 7; i++) {
                assertSize(pdf.getPage(i).getPageSize(), PageSize.A6);
            }
        }
    }

    @Test
    void a4SheetsHoldFourBadgesAPage() throws IOException {
        for (int n : new int[] {1, 4, 5, 8, 9}) {
            try (PdfDocument pdf = read(renderer.a4Sheets(badges(n)))) {
                assertThat(pdf.getNumberOfPages()).as("%d badges", n).isEqualTo((n + 3) / 4);
                assertSize(pdf.getPage(1).getPageSize(), PageSize.A4);
            }
        }
        String sheet = text(renderer.a4Sheets(List.of(Badges.ARABIC, Badges.CHINESE, Badges.CYRILLIC, Badges.LATIN)), 1);
        assertThat(sheet).contains("\uFEAA\uFEE4\uFEA4\uFEE3", "李明", "Ирина Петрова", "Ana María López");
    }

    @Test
    void everyBadgeCarriesItsQrCodeAsAnXObject() throws IOException {
        try (PdfDocument pdf = read(renderer.a6(badges(2)))) {
            for (int i = 1; i <= 2; i++) {
                var xObjects = pdf.getPage(i).getResources().getResourceNames(PdfName.XObject);
                assertThat(xObjects).as("page %d", i).isNotEmpty();
            }
        }
    }

    @Test
    void photoIsPlacedAndAnUnreadablePhotoIsLeftOut() throws IOException {
        BadgeData with = withPhoto(Badges.LATIN, png());
        BadgeData broken = withPhoto(Badges.CHINESE, new byte[] {1, 2, 3, 4});
        try (PdfDocument pdf = read(renderer.a6(List.of(with, broken, Badges.LATIN)))) {
            int withPhoto = pdf.getPage(1).getResources().getResourceNames(PdfName.XObject).size();
            int without = pdf.getPage(3).getResources().getResourceNames(PdfName.XObject).size();
            assertThat(withPhoto).isEqualTo(without + 1);
            assertThat(pdf.getPage(2).getResources().getResourceNames(PdfName.XObject)).hasSize(without);
        }
    }

    @Test
    void aSheetOfFourCarriesEachPhotoAndStillEveryName() throws IOException {
        List<BadgeData> four = List.of(withPhoto(Badges.ARABIC, png()), withPhoto(Badges.CHINESE, png()),
                withPhoto(Badges.CYRILLIC, png()), withPhoto(Badges.LATIN, png()));
        byte[] sheet = renderer.a4Sheets(four);
        try (PdfDocument pdf = read(sheet)) {
            int without = read(renderer.a4Sheets(badges(4))).getPage(1).getResources().getResourceNames(PdfName.XObject).size();
            assertThat(pdf.getPage(1).getResources().getResourceNames(PdfName.XObject)).hasSize(without + 4);
        }
        assertThat(text(sheet, 1)).contains("\uFEAA\uFEE4\uFEA4\uFEE3", "李明", "Ирина Петрова", "Ana María López", "Mohamed");
    }

    @Test
    void aLongOrganisationBesideAPhotoWrapsWithoutPrintingOverAnotherLineOrTheQrCode() throws IOException {
        BadgeData crowded = new BadgeData("محمد عبد الرحمن", "Mohamed Abdelrahman",
                "Organisation for Migrants' Rights in the Mediterranean Region and the Middle East", "Egypt",
                "Head of delegation", Badges.CIVIL_SOCIETY, png(), "tok-crowded");
        List<float[]> lines = new ArrayList<>();
        float[] photoBottom = {Float.NaN};
        try (PdfDocument pdf = read(renderer.a6(List.of(crowded)))) {
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    if (data instanceof TextRenderInfo text && !text.getText().isBlank()) {
                        lines.add(new float[] {text.getBaseline().getStartPoint().get(1), text.getDescentLine().getStartPoint().get(1)});
                    } else if (data instanceof ImageRenderInfo image && !image.isInline() && image.getImage() instanceof PdfImageXObject) {
                        photoBottom[0] = image.getImageCtm().get(7);
                    }
                }

                @Override
                public java.util.Set<EventType> getSupportedEvents() {
                    return null;
                }
            }).processPageContent(pdf.getPage(1));
        }
        float qrTop = 14 + 100;
        List<Float> baselines = lines.stream().map(l -> (float) Math.round(l[0])).distinct().sorted().toList();
        // Band label, name, Latin name, the organisation on two lines or more, country, role.
        assertThat(baselines).hasSizeGreaterThanOrEqualTo(7);
        for (int i = 1; i < baselines.size(); i++) {
            assertThat(baselines.get(i) - baselines.get(i - 1)).as("lines %s", baselines).isGreaterThanOrEqualTo(8);
        }
        assertThat(lines).allSatisfy(l -> assertThat(l[1]).isGreaterThan(qrTop));
        assertThat(photoBottom[0]).isGreaterThan(baselines.get(baselines.size() - 2));
    }

    @Test
    void progressCountsEveryBadgeDrawn() {
        List<Integer> seen = new ArrayList<>();
        renderer.a4Sheets(badges(6), seen::add);
        assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void emptyBatchIsRefused() {
        assertThatThrownBy(() -> renderer.a6(Collections.emptyList())).isInstanceOf(IllegalArgumentException.class);
    }

    private static BadgeData withPhoto(BadgeData b, byte[] photo) {
        return new BadgeData(b.displayName(), b.latinName(), b.organisation(), b.country(), b.role(), b.group(), photo, b.qrPayload());
    }

    private static List<BadgeData> badges(int n) {
        List<BadgeData> all = List.of(Badges.ARABIC, Badges.CHINESE, Badges.CYRILLIC, Badges.LATIN);
        List<BadgeData> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(all.get(i % all.size()));
        }
        return out;
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void assertSize(Rectangle actual, Rectangle expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    }

    private static PdfDocument read(byte[] pdf) throws IOException {
        return new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)));
    }

    private static String text(byte[] bytes, int page) throws IOException {
        try (PdfDocument pdf = read(bytes)) {
            return PdfTextExtractor.getTextFromPage(pdf.getPage(page), new LocationTextExtractionStrategy());
        }
    }
}
