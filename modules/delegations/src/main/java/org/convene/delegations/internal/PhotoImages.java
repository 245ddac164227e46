package org.convene.delegations.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.convene.delegations.DelegatePhotos;
import org.convene.platform.InvalidInputException;

/**
 * Turns an uploaded photo into what we store: checked (size, type by its first bytes, pixel count
 * from the header before any decoding, so a small file that would unpack into gigabytes is refused
 * unread), decoded in full (a renamed text file or a cut-off image fails here), cropped to the
 * badge's 4:5 portrait, scaled to 300 × 375 pixels (the badge prints it 1 × 1.25 inch, so that is
 * 300 dpi) and encoded as a new JPEG. Only pixels survive, never the upload's metadata.
 */
final class PhotoImages {
    static final int WIDTH = 300;
    static final int HEIGHT = 375;
    private static final int MAX_SIDE = 20_000;
    private static final float QUALITY = 0.85f;

    record Encoded(byte[] jpeg, int width, int height) {
    }

    private PhotoImages() {
    }

    static Encoded normalise(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw refused("photo.required", "choose a photo to upload");
        }
        if (upload.length > DelegatePhotos.MAX_BYTES) {
            throw refused("photo.too-large", "the photo is larger than 5 MB");
        }
        String format = format(upload);
        if (format == null) {
            throw refused("photo.type", "the photo must be a JPEG or PNG image");
        }
        return encode(crop(decode(upload, format)));
    }

    /** By the file's signature, never by its name or the type the browser claims. */
    private static String format(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (b.length > png.length) {
            for (int i = 0; i < png.length; i++) {
                if (b[i] != png[i]) {
                    return null;
                }
            }
            return "png";
        }
        return null;
    }

    private static BufferedImage decode(byte[] upload, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("the JDK reads " + format);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > DelegatePhotos.MAX_PIXELS) {
                throw refused("photo.dimensions", "the photo has too many pixels (at most 50 megapixels)");
            }
            if (width < DelegatePhotos.MIN_SIDE || height < DelegatePhotos.MIN_SIDE) {
                throw refused("photo.too-small", "the photo is too small (at least 100 × 100 pixels)");
            }
            // The reader reports a truncated JPEG as a warning and fills the rest with grey.
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            ImageReadParam param = reader.getDefaultReadParam();
            // Decode every n-th pixel of a big photo: the whole file is still read (and checked),
            // but memory stays near the target size instead of 200 MB for a 50-megapixel image.
            int step = Math.max(1, Math.min(width / (2 * WIDTH), height / (2 * HEIGHT)));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            if (!warnings.isEmpty()) {
                throw unreadable();
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw unreadable();
        } finally {
            reader.dispose();
        }
    }

    /** The centre of the photo in the badge's 4:5 portrait, scaled down (never up) onto white. */
    private static BufferedImage crop(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int cropW = Math.min(w, h * WIDTH / HEIGHT);
        int cropH = Math.min(h, w * HEIGHT / WIDTH);
        BufferedImage cropped = source.getSubimage((w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
        int outW = Math.min(WIDTH, cropW);
        int outH = Math.min(HEIGHT, cropH);
        BufferedImage current = cropped;
        // Halving in steps keeps a large reduction from turning into aliasing.
        while (current.getWidth() / 2 >= outW && current.getHeight() / 2 >= outH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, outW, outH);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // Transparent parts of a PNG become white, as on the printed badge.
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Encoded encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32_768);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return new Encoded(bytes.toByteArray(), image.getWidth(), image.getHeight());
    }

    private static InvalidInputException unreadable() {
        return refused("photo.unreadable", "the file is not a complete JPEG or PNG image");
    }

    private static InvalidInputException refused(String code, String message) {
        return InvalidInputException.of("photo", code, message);
    }
}
