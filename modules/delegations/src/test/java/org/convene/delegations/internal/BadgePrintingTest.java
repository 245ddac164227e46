package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfStream;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.AlreadyCheckedInException;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.CheckIn;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgePrintingTest extends DelegationsModuleTest {
    @Inject
    BadgePrinting badges;

    @Test
    void printing_an_approved_delegates_badge_gives_a_pdf_and_marks_the_badge_issued() {
        RegistrationView r = nominate(group(GroupKind.CIVIL_SOCIETY, 5), "badge@example.org");
        registration.approve(Actors.CHAIR_OFFICE, r.id());

        byte[] pdf = badges.badge(Actors.CHAIR_OFFICE, r.id());

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(registration.find(Actors.CHAIR_OFFICE, r.id()).status()).isEqualTo(RegistrationStatus.BADGE_ISSUED);
        assertThat(badges.badge(Actors.CHAIR_OFFICE, r.id())).isNotEmpty();
    }

    @Test
    void a_nominee_not_yet_approved_gets_no_badge() {
        RegistrationView r = nominate(group(GroupKind.BUSINESS, 5), "early@example.org");
        assertThatThrownBy(() -> badges.badge(Actors.CHAIR_OFFICE, r.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problem().code()).isEqualTo("badge.not-approved"));
    }

    @Test
    void the_desk_checks_in_by_the_token_and_refuses_a_forged_one() {
        RegistrationView r = nominate(group(GroupKind.MAYORS, 5), "mayor@example.org");
        registration.approve(Actors.CHAIR_OFFICE, r.id());
        badges.badge(Actors.CHAIR_OFFICE, r.id());
        String token = tokenOf(r.id());

        assertThat(badges.checkIn(Actors.CHECK_IN_DESK, token).status()).isEqualTo(RegistrationStatus.CHECKED_IN);
        assertThatThrownBy(() -> badges.checkIn(Actors.CHECK_IN_DESK, token)).isInstanceOf(ConflictException.class);
        String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        assertThatThrownBy(() -> badges.checkIn(Actors.CHECK_IN_DESK, forged))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().field()).isEqualTo("token"));
    }

    @Test
    void a_second_scan_says_when_and_by_whom_the_first_was() {
        Actor amina = Actor.of(users.create(new NewUser("amina.desk@example.org", "Amina at the desk", "desk-secret-1", "en",
                List.of(RoleGrant.of(Role.CHECK_IN)))));
        long id = printedBadge(GroupKind.CIVIL_SOCIETY, "twice@example.org");
        clock.set(Instant.parse("2017-06-28T08:15:00Z"));

        CheckIn first = badges.scan(amina, tokenOf(id));
        clock.set(Instant.parse("2017-06-28T08:40:00Z"));
        CheckIn second = badges.scan(Actors.CHECK_IN_DESK, tokenOf(id));

        assertThat(first.firstScan()).isTrue();
        assertThat(first.registration().status()).isEqualTo(RegistrationStatus.CHECKED_IN);
        assertThat(second.firstScan()).isFalse();
        assertThat(second.checkedInBy()).isEqualTo("Amina at the desk");
        assertThat(second.checkedInAt()).isEqualTo(Instant.parse("2017-06-28T08:15:00Z"));
        assertThat(second.group().kind()).isEqualTo(GroupKind.CIVIL_SOCIETY);
        assertThatThrownBy(() -> badges.checkIn(Actors.CHECK_IN_DESK, tokenOf(id)))
                .isInstanceOfSatisfying(AlreadyCheckedInException.class, e -> {
                    assertThat(e.getMessage()).contains("Amina at the desk", "2017-06-28T08:15:00Z");
                    assertThat(e.problem().code()).isEqualTo("registration.already-checked-in");
                });
        assertThat(registration.history(Actors.CHAIR_OFFICE, id).stream()
                .filter(c -> c.to() == RegistrationStatus.CHECKED_IN)).hasSize(1);
    }

    @Test
    void the_badge_of_a_withdrawn_registration_is_revoked() {
        long id = printedBadge(GroupKind.BUSINESS, "withdrawn@example.org");
        registration.withdraw(Actors.BUSINESS_LEAD, id);

        assertThatThrownBy(() -> badges.scan(Actors.CHECK_IN_DESK, tokenOf(id)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problem().code()).isEqualTo("badge.revoked"));
        assertThat(registration.find(Actors.CHAIR_OFFICE, id).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
    }

    @Test
    void a_reprint_revokes_the_badge_it_replaces() {
        long id = printedBadge(GroupKind.MAYORS, "lost-badge@example.org");
        badges.badge(Actors.CHAIR_OFFICE, id);

        assertThatThrownBy(() -> badges.scan(Actors.CHECK_IN_DESK, tokens.issue(new BadgeToken(id, 1))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problem().code()).isEqualTo("badge.superseded"));
        assertThat(registration.find(Actors.CHAIR_OFFICE, id).status()).isEqualTo(RegistrationStatus.BADGE_ISSUED);
        assertThat(badges.scan(Actors.CHECK_IN_DESK, tokens.issue(new BadgeToken(id, 2))).firstScan()).isTrue();
    }

    @Test
    void a_genuine_token_nobody_holds_a_badge_for_is_unknown() {
        long id = printedBadge(GroupKind.MAYORS, "unknown@example.org");

        for (String token : new String[] {tokens.issue(new BadgeToken(id, 2)), tokens.issue(new BadgeToken(id + 1000, 1))}) {
            assertThatThrownBy(() -> badges.scan(Actors.CHECK_IN_DESK, token))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().code()).isEqualTo("badge.unknown"));
        }
    }

    @Test
    void only_the_desk_and_the_chair_office_scan_and_only_the_chair_office_prints() {
        long id = printedBadge(GroupKind.CIVIL_SOCIETY, "scoped@example.org");

        assertThatThrownBy(() -> badges.scan(Actors.CIVIL_SOCIETY_LEAD, tokenOf(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.badge(Actors.CIVIL_SOCIETY_LEAD, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> badges.badge(Actors.BUSINESS_LEAD, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_photo_is_printed_on_the_badge() throws IOException {
        long id = nominate(group(GroupKind.CIVIL_SOCIETY, 5), "with-photo@example.org").id();
        long without = nominate(group(GroupKind.BUSINESS, 5), "without-photo@example.org").id();
        photos.set(Actors.CHAIR_OFFICE, id, Images.jpeg(900, 1200));
        registration.approve(Actors.CHAIR_OFFICE, id);
        registration.approve(Actors.CHAIR_OFFICE, without);

        assertThat(images(badges.badge(Actors.CHAIR_OFFICE, id))).isEqualTo(1);
        assertThat(images(badges.badge(Actors.CHAIR_OFFICE, without))).isZero();
    }

    /** The raster images on the first page (the QR code is vector art, a form XObject). */
    static int images(byte[] pdf) throws IOException {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            PdfDictionary xObjects = doc.getPage(1).getResources().getResource(PdfName.XObject);
            int images = 0;
            for (PdfName name : xObjects.keySet()) {
                PdfStream stream = xObjects.getAsStream(name);
                if (PdfName.Image.equals(stream.getAsName(PdfName.Subtype))) {
                    images++;
                }
            }
            return images;
        }
    }

    private long printedBadge(GroupKind kind, String email) {
        RegistrationView r = nominate(group(kind, 5), email);
        registration.approve(Actors.CHAIR_OFFICE, r.id());
        badges.badge(Actors.CHAIR_OFFICE, r.id());
        return r.id();
    }

    @Inject
    BadgeTokens tokens;
    @Inject
    DelegatePhotos photos;
    @Inject
    UserManagement users;

    /** The token on the first print of the badge. */
    private String tokenOf(long id) {
        return tokens.issue(new BadgeToken(id, 1));
    }
}
