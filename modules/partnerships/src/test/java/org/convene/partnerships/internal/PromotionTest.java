package org.convene.partnerships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.partnerships.Partnerships;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A practice promoted from a roundtable's published outcome keeps its link; a draft outcome cannot be promoted. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromotionTest extends DatabaseTest {
    static final Actor OFFICE = new Actor(1, List.of(RoleGrant.of(Role.CHAIR_OFFICE)));
    @Inject
    Partnerships partnerships;
    @Inject
    Roundtables roundtables;
    @Inject
    Outcomes outcomes;
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
    long summit;
    long published;
    long draft;

    @BeforeAll
    void aSummitWithAPublishedAndADraftOutcome() {
        long uae = chairmanships.create(new ChairmanshipCommand(List.of("AE"), LocalDate.parse("2020-01-01"), LocalDate.parse("2021-01-31"))).id();
        summit = summits.create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Expo 2020",
                LocalDate.parse("2021-01-18"), LocalDate.parse("2021-01-26"), null)).id();
        long theme = setup.addTheme(summit, new ThemeCommand("The future of work", null, null)).id();
        published = roundtables.create(summit, new RoundtableCommand(theme, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 40,
                List.of("AE"), List.of(), List.of())).id();
        draft = roundtables.create(summit, new RoundtableCommand(theme, "Skills", RoundtableFormat.ROUNDTABLE, 40,
                List.of("AE"), List.of(), List.of())).id();
        outcomes.save(OFFICE, published, new OutcomeDraft("Zero recruitment fees.", "- Publish fees.",
                "The Philippines runs a *pre-departure* orientation seminar.\n\n- IRIS certification\n- Fair Recruitment Initiative",
                "8.7, 10.7"), 0);
        outcomes.submit(OFFICE, published);
        outcomes.review(OFFICE, published, "Agreed.");
        outcomes.approve(OFFICE, published);
        outcomes.publish(OFFICE, published);
        outcomes.save(OFFICE, draft, new OutcomeDraft("Skills.", "", "A practice.", "8"), 0);
    }

    @Test
    void the_draft_is_prefilled_from_the_outcome_and_the_saved_practice_keeps_the_roundtable() {
        PublishedOutcome outcome = roundtables.publishedOutcomes(summit).getFirst();
        PracticeCommand prefilled = partnerships.draftFrom(outcome);
        assertThat(prefilled.sdgTargets()).isEqualTo("8.7, 10.7");
        assertThat(prefilled.aim()).isEqualTo("The Philippines runs a pre-departure orientation seminar.\n· IRIS certification\n· Fair Recruitment Initiative");
        assertThat(prefilled.source()).isEqualTo("Outcome of " + outcome.number() + " – Fair recruitment");

        PracticeView promoted = partnerships.promote(published, new PracticeCommand("Pre-departure orientation seminar", null,
                prefilled.sdgTargets(), "Current", "Philippines", null, prefilled.aim(), "IOM", prefilled.source()));

        assertThat(promoted.roundtableId()).isEqualTo(published);
        assertThat(promoted.countryCode()).isEqualTo("PH");
        assertThat(partnerships.ofRoundtable(published)).extracting(PracticeView::id).containsExactly(promoted.id());
        assertThat(partnerships.search(new PracticeQuery("10.7", null, null, 1, 20)).items()).extracting(PracticeView::id).contains(promoted.id());
        // An edit keeps the link.
        assertThat(partnerships.update(promoted.id(), new PracticeCommand("Pre-departure orientation seminar", null, "8.7", "Current",
                "Philippines", null, null, null, null)).roundtableId()).isEqualTo(published);
    }

    @Test
    void an_outcome_that_is_not_published_cannot_be_promoted() {
        assertThatThrownBy(() -> partnerships.promote(draft, new PracticeCommand("A practice", null, "8", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("practice.outcome.not-published"));
        assertThat(partnerships.ofRoundtable(draft)).isEmpty();
    }
}
