package org.convene.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class UploadedImagesTest {
    @Test
    void a_png_and_a_jpeg_are_decoded_and_re_encoded_in_their_format() {
        UploadedImages.Checked png = UploadedImages.check("image", TestImages.png(64, 48), 1_000_000);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.width()).isEqualTo(64);
        assertThat(UploadedImages.format(png.content())).isEqualTo("png");
        UploadedImages.Checked jpeg = UploadedImages.check("image", TestImages.jpeg(30, 20), 1_000_000);
        assertThat(jpeg.mediaType()).isEqualTo("image/jpeg");
        assertThat(jpeg.height()).isEqualTo(20);
    }

    @Test
    void a_file_is_judged_by_its_first_bytes_not_its_name() {
        assertThat(code("GIF89a....".getBytes())).isEqualTo("marketplace.image.type");
        assertThat(code("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes())).isEqualTo("marketplace.image.type");
        assertThat(code(new byte[0])).isEqualTo("marketplace.image.required");
    }

    @Test
    void a_cut_off_image_is_unreadable() {
        byte[] png = TestImages.png(200, 200);
        assertThat(code(Arrays.copyOf(png, png.length / 2))).isEqualTo("marketplace.image.unreadable");
    }

    @Test
    void an_image_over_the_size_limit_is_refused_before_decoding() {
        byte[] png = TestImages.png(64, 48);
        assertThatThrownBy(() -> UploadedImages.check("image", png, png.length - 1)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().getFirst().code()).isEqualTo("marketplace.image.too-large");
    }

    private static String code(byte[] upload) {
        try {
            UploadedImages.check("image", upload, 1_000_000);
            return null;
        } catch (InvalidInputException e) {
            return e.problems().getFirst().code();
        }
    }
}
