package org.convene.marketplace.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.platform.InvalidInputException;

/**
 * Checks an uploaded plan or product image and re-encodes it: the type by its first bytes (never
 * its name or the browser's claim), the pixel count from the header before decoding, then a full
 * decode (a renamed text file or a cut-off image fails here). Only the pixels are stored, in the
 * same format, so no camera or location metadata survives.
 */
final class UploadedImages {
    record Checked(byte[] content, String mediaType, int width, int height) {
    }

    private UploadedImages() {
    }

    static Checked check(String field, byte[] upload, int maxBytes) {
        if (upload == null || upload.length == 0) {
            throw refused(field, "marketplace.image.required", "choose an image to upload");
        }
        if (upload.length > maxBytes) {
            throw refused(field, "marketplace.image.too-large", "the image is larger than " + maxBytes / (1024 * 1024) + " MB");
        }
        String format = format(upload);
        if (format == null) {
            throw refused(field, "marketplace.image.type", "the image must be a PNG or JPEG file");
        }
        BufferedImage image = decode(field, upload, format);
        return new Checked(encode(image, format), "image/" + format, image.getWidth(), image.getHeight());
    }

    static String format(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length <= png.length) {
            return null;
        }
        for (int i = 0; i < png.length; i++) {
            if (b[i] != png[i]) {
                return null;
            }
        }
        return "png";
    }

    private static BufferedImage decode(String field, byte[] upload, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MarketplaceLimits.MAX_PIXELS) {
                throw refused(field, "marketplace.image.dimensions", "the image has too many pixels (at most 40 megapixels)");
            }
            // A truncated JPEG is reported as a warning, the missing part filled with grey.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw unreadable(field);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw unreadable(field);
        } finally {
            reader.dispose();
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        BufferedImage source = image;
        if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
            source = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            source.getGraphics().drawImage(image, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(source, format, out)) {
                throw new IllegalStateException("the JDK writes " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding an image in memory", e);
        }
        return out.toByteArray();
    }

    private static InvalidInputException unreadable(String field) {
        return refused(field, "marketplace.image.unreadable", "the file is not a complete PNG or JPEG image");
    }

    private static InvalidInputException refused(String field, String code, String message) {
        return InvalidInputException.of(field, code, message);
    }
}
