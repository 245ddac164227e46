package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
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

    @Inject
    org.convene.documents.BadgeTokens tokens;

    private String tokenOf(long id) {
        return tokens.issue(id);
    }
}
