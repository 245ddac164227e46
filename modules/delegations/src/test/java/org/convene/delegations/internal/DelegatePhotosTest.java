package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.GroupKind;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegatePhotosTest extends DelegationsModuleTest {
    @Inject
    DelegatePhotos photos;

    private long civilSocietyDelegate() {
        return nominate(group(GroupKind.CIVIL_SOCIETY, 5), "photo@example.org").id();
    }

    @Test
    void a_phone_photo_is_stored_as_a_badge_sized_jpeg_without_its_metadata() throws IOException {
        long id = civilSocietyDelegate();
        byte[] upload = Images.jpegWithExif(1200, 900);
        assertThat(Images.contains(upload, Images.SECRET)).isTrue();

        photos.set(Actors.CIVIL_SOCIETY_LEAD, id, upload);

        byte[] stored = photos.find(Actors.CIVIL_SOCIETY_LEAD, id).orElseThrow();
        assertThat(Images.contains(stored, Images.SECRET)).isFalse();
        assertThat(Images.contains(stored, "Exif")).isFalse();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(image.getWidth()).isEqualTo(PhotoImages.WIDTH);
        assertThat(image.getHeight()).isEqualTo(PhotoImages.HEIGHT);
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(stored[1] & 0xFF).isEqualTo(0xD8);
    }

    @Test
    void a_png_with_transparency_becomes_a_jpeg_and_a_small_photo_is_not_enlarged() throws IOException {
        long id = civilSocietyDelegate();
        photos.set(Actors.CHAIR_OFFICE, id, Images.png(160, 200));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photos.find(Actors.CHAIR_OFFICE, id).orElseThrow()));
        assertThat(image.getWidth()).isEqualTo(160);
        assertThat(image.getHeight()).isEqualTo(200);
    }

    @Test
    void bad_uploads_are_refused_each_with_its_own_code_and_nothing_is_stored() {
        long id = civilSocietyDelegate();
        byte[] oversized = Arrays.copyOf(Images.jpeg(400, 500), DelegatePhotos.MAX_BYTES + 1);
        byte[] textFile = "Name;E-mail\nAmina;amina@example.org\n".getBytes();
        byte[] fakeJpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'}, 4000);

        assertRefused(id, null, "photo.required");
        assertRefused(id, new byte[0], "photo.required");
        assertRefused(id, oversized, "photo.too-large");
        assertRefused(id, textFile, "photo.type");
        assertRefused(id, Images.gif(300, 300), "photo.type");
        assertRefused(id, fakeJpeg, "photo.unreadable");
        assertRefused(id, Images.truncated(Images.jpeg(800, 1000)), "photo.unreadable");
        assertRefused(id, Images.truncated(Images.png(800, 1000)), "photo.unreadable");
        assertRefused(id, Images.pngClaiming(30_000, 30_000), "photo.dimensions");
        assertRefused(id, Images.pngClaiming(10_000, 9_000), "photo.dimensions");
        assertRefused(id, Images.jpeg(60, 80), "photo.too-small");

        assertThat(photos.find(Actors.CHAIR_OFFICE, id)).isEmpty();
    }

    @Test
    void a_new_photo_replaces_the_old_and_removing_leaves_none() {
        long id = civilSocietyDelegate();
        photos.set(Actors.CIVIL_SOCIETY_LEAD, id, Images.jpeg(300, 375));
        byte[] first = photos.find(Actors.CHAIR_OFFICE, id).orElseThrow();
        photos.set(Actors.CIVIL_SOCIETY_LEAD, id, Images.png(600, 750));
        assertThat(photos.find(Actors.CHAIR_OFFICE, id).orElseThrow()).isNotEqualTo(first);

        photos.remove(Actors.CIVIL_SOCIETY_LEAD, id);
        assertThat(photos.find(Actors.CHAIR_OFFICE, id)).isEmpty();
    }

    @Test
    void only_the_group_and_the_chair_office_change_a_photo_and_the_desk_may_look() {
        long id = civilSocietyDelegate();
        byte[] photo = Images.jpeg(300, 375);

        assertThatThrownBy(() -> photos.set(Actors.BUSINESS_LEAD, id, photo)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> photos.find(Actors.BUSINESS_LEAD, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> photos.set(Actors.CHECK_IN_DESK, id, photo)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> photos.remove(Actors.ATTENDEE, id)).isInstanceOf(NotFoundException.class);

        photos.set(Actors.CIVIL_SOCIETY_LEAD, id, photo);
        assertThat(photos.find(Actors.CHECK_IN_DESK, id)).isPresent();
        assertThatThrownBy(() -> photos.find(Actors.CHAIR_OFFICE, 999_999)).isInstanceOf(NotFoundException.class);
    }

    private void assertRefused(long id, byte[] upload, String code) {
        assertThatThrownBy(() -> photos.set(Actors.CIVIL_SOCIETY_LEAD, id, upload))
                .as(code)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems().getFirst().field()).isEqualTo("photo");
                    assertThat(e.problems().getFirst().code()).isEqualTo(code);
                });
    }
}
