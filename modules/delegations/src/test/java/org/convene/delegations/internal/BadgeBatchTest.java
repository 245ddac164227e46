package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgeBatchStatus;
import org.convene.delegations.BadgeBatches;
import org.convene.delegations.BadgeFormat;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.documents.BadgeToken;
import org.convene.documents.BadgeTokens;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadgeBatchTest extends DelegationsModuleTest {
    /** Another member of the chair office: the same rights, but not the batch's owner. */
    static final Actor OTHER_CHAIR_OFFICE = new Actor(11, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));

    @Inject
    BadgeBatches batches;
    @Inject
    BadgeBatchService service;
    @Inject
    BadgePrinting printing;
    @Inject
    BadgeTokens tokens;

    @Test
    void all_approved_civil_society_delegates_get_their_badges_on_a4_sheets_and_are_marked_issued() throws Exception {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 300);
        long business = group(GroupKind.BUSINESS, 5);
        for (int i = 0; i < 202; i++) {
            long id = nominate(civilSociety, "cs" + i + "@example.org").id();
            if (i < 201) {
                registration.approve(Actors.CHAIR_OFFICE, id);
            }
        }
        long businessId = nominate(business, "biz@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, businessId);

        BadgeBatchStatus started = batches.start(Actors.CHAIR_OFFICE, berlin,
                new RegistrationFilter(civilSociety, RegistrationStatus.APPROVED, null, null), BadgeFormat.A4_SHEETS);
        service.completion(started.id()).get(2, TimeUnit.MINUTES);
        BadgeBatchStatus done = batches.status(Actors.CHAIR_OFFICE, started.id());

        assertThat(started.total()).isEqualTo(201);
        assertThat(done.state()).isEqualTo(BadgeBatchStatus.State.DONE);
        assertThat(done.done()).isEqualTo(201);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(batches.pdf(Actors.CHAIR_OFFICE, started.id()))))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(51);
        }
        assertThat(registration.counts(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(civilSociety, null, null, null)))
                .containsEntry(RegistrationStatus.BADGE_ISSUED, 201L).containsEntry(RegistrationStatus.NOMINATED, 1L);
        assertThat(registration.find(Actors.CHAIR_OFFICE, businessId).status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(batches.mine(Actors.CHAIR_OFFICE)).extracting(BadgeBatchStatus::id).contains(started.id());
    }

    @Test
    void a_batch_reprint_revokes_the_single_badges_printed_before() throws Exception {
        long group = group(GroupKind.MAYORS, 5);
        long id = nominate(group, "mayor@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        printing.badge(Actors.CHAIR_OFFICE, id);

        BadgeBatchStatus started = batches.start(Actors.CHAIR_OFFICE, berlin, new RegistrationFilter(group, null, null, null), BadgeFormat.A6);
        service.completion(started.id()).get(1, TimeUnit.MINUTES);

        assertThat(batches.status(Actors.CHAIR_OFFICE, started.id()).state()).isEqualTo(BadgeBatchStatus.State.DONE);
        assertThatThrownBy(() -> printing.scan(Actors.CHECK_IN_DESK, tokens.issue(new BadgeToken(id, 1))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.problem().code()).isEqualTo("badge.superseded"));
        assertThat(printing.scan(Actors.CHECK_IN_DESK, tokens.issue(new BadgeToken(id, 2))).firstScan()).isTrue();
    }

    @Test
    void a_batch_is_its_owners_alone() throws Exception {
        long group = group(GroupKind.CIVIL_SOCIETY, 5);
        long id = nominate(group, "owner@example.org").id();
        registration.approve(Actors.CHAIR_OFFICE, id);
        BadgeBatchStatus started = batches.start(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all(), BadgeFormat.A6);
        service.completion(started.id()).get(1, TimeUnit.MINUTES);

        assertThatThrownBy(() -> batches.status(OTHER_CHAIR_OFFICE, started.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> batches.pdf(OTHER_CHAIR_OFFICE, started.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> batches.pdf(Actors.CHAIR_OFFICE, "no-such-batch")).isInstanceOf(NotFoundException.class);
        assertThat(batches.mine(OTHER_CHAIR_OFFICE)).isEmpty();
        assertThat(batches.pdf(Actors.CHAIR_OFFICE, started.id())).isNotEmpty();
    }

    @Test
    void only_the_chair_office_prints_and_an_empty_selection_is_refused() {
        long group = group(GroupKind.CIVIL_SOCIETY, 5);
        nominate(group, "nominee@example.org");

        assertThatThrownBy(() -> batches.start(Actors.CIVIL_SOCIETY_LEAD, berlin, RegistrationFilter.all(), BadgeFormat.A6))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> batches.start(Actors.CHAIR_OFFICE, berlin, RegistrationFilter.all(), BadgeFormat.A6))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().getFirst().code()).isEqualTo("badge.batch.empty"));
    }
}
