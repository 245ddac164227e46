package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.Person;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeEvent;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeSummary;
import org.convene.roundtables.OutcomeVersion;
import org.convene.roundtables.OutcomeView;
import org.convene.roundtables.Outcomes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomesTest extends RoundtableModuleTest {
    static final Actor RAPPORTEUR = new Actor(50, List.of(new RoleGrant(Role.RAPPORTEUR, "x")));
    static final Actor OTHER_RAPPORTEUR = new Actor(51, List.of(RoleGrant.of(Role.RAPPORTEUR)));
    static final Actor MOROCCO = new Actor(60, List.of(new RoleGrant(Role.FOCAL_POINT, "MA")));
    static final Actor FRANCE = new Actor(61, List.of(new RoleGrant(Role.FOCAL_POINT, "FR")));
    static final String CLEAN = "Skills partnerships need **portable** recognition.";
    @Inject
    Outcomes outcomes;
    @Inject
    DelegateRegistration registrations;
    long roundtable;
    long other;
    Actor attendee;
    Actor quitoAttendee;

    @BeforeEach
    void aRoundtableWithItsRapporteurAndAParticipant() {
        roundtable = roundtables.create(berlin, command(mobility, "Fair recruitment", List.of("DE", "MA"))).id();
        other = roundtables.create(berlin, command(climate, "Planned relocation", List.of("FJ"))).id();
        // The appointment is set up elsewhere (the roundtable form); here it is set directly.
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = 50 WHERE id = " + roundtable);
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = 51 WHERE id = " + other);
        registrations.nominate(OFFICE, civilSociety, new Person("José", "Müller", null, null, "Migrant Forum", null, "DE", "DE", null,
                "jose@example.org", DelegateRole.DELEGATE, null, null));
        attendee = new Actor(70, List.of(new RoleGrant(Role.ATTENDEE, Long.toString(berlin))));
        quitoAttendee = new Actor(71, List.of(new RoleGrant(Role.ATTENDEE, Long.toString(quito))));
    }

    private static OutcomeDraft draft(String keyMessages) {
        return new OutcomeDraft(keyMessages, "Publish fees before departure.", "The Philippines runs a pre-departure course.", "10.7, 8.8");
    }

    @Test
    void a_save_makes_a_revision_and_saving_the_same_text_again_saves_nothing() {
        OutcomeView first = outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        assertThat(first.revision()).isEqualTo(1);
        assertThat(first.keyMessagesHtml()).isEqualTo("<p>Skills partnerships need <em>portable</em> recognition.</p>".replace("em>", "strong>"));
        assertThat(first.sdgRefs()).containsExactly("10.7", "8.8");
        assertThat(first.updatedBy()).isEqualTo(50L);

        // An autosave that fires again with the same text, even from the older revision, changes nothing.
        assertThat(outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN + "  "), 0).revision()).isEqualTo(1);
        OutcomeView second = outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN + " Always."), 1);
        assertThat(second.revision()).isEqualTo(2);
        assertThat(outcomes.versions(RAPPORTEUR, roundtable)).extracting(OutcomeVersion::revision).containsExactly(2, 1);
        assertThat(outcomes.version(MOROCCO, roundtable, 1).draft().keyMessages()).isEqualTo(CLEAN);
    }

    @Test
    void a_save_from_a_stale_revision_is_refused_and_overwrites_nothing() {
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        outcomes.save(OFFICE, roundtable, draft("The office's text."), 1);

        assertThatThrownBy(() -> outcomes.save(RAPPORTEUR, roundtable, draft("My later text."), 1))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().field()).isEqualTo("revision");
                    assertThat(e.getMessage()).contains("revision 2", "nothing was overwritten");
                });
        assertThat(outcomes.outcome(RAPPORTEUR, roundtable).draft().keyMessages()).isEqualTo("The office's text.");
    }

    @Test
    void two_saves_from_the_same_revision_at_once_make_one_revision_and_one_conflict() throws Exception {
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Object> a = () -> {
                start.await();
                return outcomes.save(RAPPORTEUR, roundtable, draft("Text A."), 1);
            };
            Callable<Object> b = () -> {
                start.await();
                return outcomes.save(OFFICE, roundtable, draft("Text B."), 1);
            };
            List<Future<Object>> results = List.of(pool.submit(a), pool.submit(b));
            start.countDown();
            int conflicts = 0;
            for (Future<Object> result : results) {
                try {
                    result.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                    conflicts++;
                }
            }
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes.outcome(OFFICE, roundtable).revision()).isEqualTo(2);
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_outcome_version WHERE roundtable_id = " + roundtable)).isEqualTo(2);
    }

    @Test
    void scripts_bad_sdg_targets_and_long_sections_are_refused_at_once_and_nothing_is_saved() {
        OutcomeDraft bad = new OutcomeDraft("Fine <script>alert(1)</script>", "<a href=\"x\" onclick=\"steal()\">x</a>",
                "x".repeat(20_001), "10.7, 18");
        assertThatThrownBy(() -> outcomes.save(RAPPORTEUR, roundtable, bad, 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("keyMessages", "outcome.section.script"),
                                org.assertj.core.groups.Tuple.tuple("recommendations", "outcome.section.script"),
                                org.assertj.core.groups.Tuple.tuple("practices", "outcome.section.too-long"),
                                org.assertj.core.groups.Tuple.tuple("sdgTargets", "sdg.invalid")));
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_outcome")).isZero();
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_outcome_version")).isZero();

        OutcomeView saved = outcomes.save(RAPPORTEUR, roundtable, draft("<u>Under</u> <iframe src=\"x\"></iframe>[link](https://example.org)"), 0);
        assertThat(saved.keyMessagesHtml()).contains("Under", "href=\"https://example.org\"").doesNotContain("<u>", "iframe");
    }

    @Test
    void only_the_roundtables_rapporteur_and_the_chair_office_write() {
        assertThatThrownBy(() -> outcomes.save(OTHER_RAPPORTEUR, roundtable, draft(CLEAN), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.save(MOROCCO, roundtable, draft(CLEAN), 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.outcome(OTHER_RAPPORTEUR, roundtable)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.versions(FRANCE, roundtable)).isInstanceOf(AccessDeniedException.class);
        assertThat(outcomes.save(OFFICE, roundtable, draft(CLEAN), 0).revision()).isEqualTo(1);
        assertThat(outcomes.save(OTHER_RAPPORTEUR, other, draft(CLEAN), 0).revision()).isEqualTo(1);
    }

    @Test
    void flags_block_the_submission_until_each_is_rephrased_or_marked() {
        outcomes.save(RAPPORTEUR, roundtable, draft("According to the delegate of Mexico, fees fell. Mr Müller runs a fair-fees pledge."), 0);
        List<OutcomeFlag> flags = outcomes.check(RAPPORTEUR, roundtable);
        assertThat(flags).extracting(OutcomeFlag::kind, OutcomeFlag::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(OutcomeFlag.Kind.ATTRIBUTION, "According to the delegate of"),
                org.assertj.core.groups.Tuple.tuple(OutcomeFlag.Kind.PARTICIPANT_NAME, "Müller"));
        assertThatThrownBy(() -> outcomes.submit(RAPPORTEUR, roundtable))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.problem().field()).isEqualTo("flags");
                    assertThat(e.getMessage()).startsWith("2 flags of the Chatham House check are unresolved");
                });

        List<OutcomeFlag> after = outcomes.resolve(RAPPORTEUR, roundtable, flags.get(1).key(), OutcomeFlag.Resolution.PRACTICE);
        assertThat(after.get(1).resolution()).isEqualTo(OutcomeFlag.Resolution.PRACTICE);
        assertThatThrownBy(() -> outcomes.submit(RAPPORTEUR, roundtable)).hasMessageStartingWith("1 flag of the Chatham House check is unresolved");
        assertThatThrownBy(() -> outcomes.resolve(RAPPORTEUR, roundtable, "attribution:key_messages:nothing", OutcomeFlag.Resolution.PRACTICE))
                .isInstanceOf(NotFoundException.class);

        outcomes.save(RAPPORTEUR, roundtable, draft("Fees fell in one corridor. Mr Müller runs a fair-fees pledge."), 1);
        OutcomeView submitted = outcomes.submit(RAPPORTEUR, roundtable);
        assertThat(submitted.status()).isEqualTo(OutcomeStatus.SUBMITTED);
        assertThat(outcomes.history(OFFICE, roundtable)).singleElement()
                .satisfies(e -> assertThat(List.of(e.from(), e.to())).containsExactly(OutcomeStatus.DRAFT, OutcomeStatus.SUBMITTED));
    }

    @Test
    void a_resolution_lasts_as_long_as_its_text() {
        outcomes.save(RAPPORTEUR, roundtable, draft("Canada said it would fund the fair-fees pledge."), 0);
        String key = outcomes.check(RAPPORTEUR, roundtable).getFirst().key();
        outcomes.resolve(RAPPORTEUR, roundtable, key, OutcomeFlag.Resolution.PARTNERSHIP);

        outcomes.save(RAPPORTEUR, roundtable, draft("Canada said it would fund the fair-fees pledge, with Kenya."), 1);
        assertThat(outcomes.check(RAPPORTEUR, roundtable)).singleElement().satisfies(f -> assertThat(f.resolved()).isTrue());

        outcomes.save(RAPPORTEUR, roundtable, draft("A fair-fees pledge will be funded."), 2);
        outcomes.save(RAPPORTEUR, roundtable, draft("Canada said it would fund the fair-fees pledge."), 3);
        assertThat(outcomes.check(RAPPORTEUR, roundtable)).singleElement().satisfies(f -> assertThat(f.resolved()).isFalse());
    }

    @Test
    void the_workflow_runs_from_draft_to_published_each_step_by_its_people_and_audited() {
        assertThatThrownBy(() -> outcomes.submit(RAPPORTEUR, roundtable)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.problem().code()).isEqualTo("outcome.empty"));
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        outcomes.submit(RAPPORTEUR, roundtable);

        assertThatThrownBy(() -> outcomes.save(RAPPORTEUR, roundtable, draft("Later."), 1)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.problem().field()).isEqualTo("status"));
        assertThatThrownBy(() -> outcomes.approve(OFFICE, roundtable)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> outcomes.review(FRANCE, roundtable, "")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.returnToDraft(MOROCCO, roundtable, " ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("comment"));

        outcomes.returnToDraft(MOROCCO, roundtable, "Say which corridors.");
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN + " In the Gulf corridors."), 1);
        outcomes.submit(RAPPORTEUR, roundtable);
        outcomes.comment(MOROCCO, roundtable, "Better.");
        outcomes.review(MOROCCO, roundtable, "Agreed by both co-chairs.");
        assertThatThrownBy(() -> outcomes.approve(MOROCCO, roundtable)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.publish(OFFICE, roundtable)).isInstanceOf(ConflictException.class);
        outcomes.approve(OFFICE, roundtable);
        assertThatThrownBy(() -> outcomes.returnToDraft(MOROCCO, roundtable, "Too late?")).isInstanceOf(ConflictException.class);
        OutcomeView published = outcomes.publish(OFFICE, roundtable);

        assertThat(published.status()).isEqualTo(OutcomeStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        List<OutcomeEvent> history = outcomes.history(RAPPORTEUR, roundtable);
        assertThat(history).extracting(OutcomeEvent::to).containsExactly(OutcomeStatus.SUBMITTED, OutcomeStatus.DRAFT,
                OutcomeStatus.SUBMITTED, null, OutcomeStatus.REVIEWED, OutcomeStatus.APPROVED, OutcomeStatus.PUBLISHED);
        assertThat(history).extracting(OutcomeEvent::byUserId).containsExactly(50L, 60L, 50L, 60L, 60L, 1L, 1L);
        assertThat(history).extracting(OutcomeEvent::comment).containsExactly(null, "Say which corridors.", null, "Better.",
                "Agreed by both co-chairs.", null, null);
        assertThat(roundtables.publishedOutcomes(berlin)).singleElement()
                .satisfies(p -> assertThat(p.keyMessagesHtml()).contains("Gulf corridors"));
    }

    @Test
    void attendees_of_the_summit_read_only_published_outcomes_and_without_an_author() {
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        assertThatThrownBy(() -> outcomes.outcome(attendee, roundtable)).isInstanceOf(NotFoundException.class);
        assertThat(outcomes.list(attendee, berlin)).isEmpty();

        outcomes.submit(RAPPORTEUR, roundtable);
        outcomes.review(OFFICE, roundtable, null);
        outcomes.approve(OFFICE, roundtable);
        outcomes.publish(OFFICE, roundtable);

        OutcomeView read = outcomes.outcome(attendee, roundtable);
        assertThat(read.keyMessagesHtml()).contains("portable");
        assertThat(read.updatedBy()).isNull();
        assertThat(read.updatedAt()).isNull();
        assertThat(outcomes.list(attendee, berlin)).singleElement().satisfies(s -> {
            assertThat(s.rapporteurUserId()).isNull();
            assertThat(s.mayEdit() || s.mayReview() || s.mayDecide()).isFalse();
        });
        assertThatThrownBy(() -> outcomes.outcome(quitoAttendee, roundtable)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outcomes.versions(attendee, roundtable)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void each_reader_lists_the_outcomes_they_deal_with() {
        outcomes.save(RAPPORTEUR, roundtable, draft(CLEAN), 0);
        assertThat(outcomes.list(OFFICE, berlin)).extracting(OutcomeSummary::roundtableId).containsExactly(roundtable, other);
        assertThat(outcomes.list(RAPPORTEUR, berlin)).singleElement().satisfies(s -> {
            assertThat(s.roundtableId()).isEqualTo(roundtable);
            assertThat(s.mayEdit()).isTrue();
            assertThat(s.number()).isEqualTo("RT 1.1");
        });
        assertThat(outcomes.list(MOROCCO, berlin)).isEmpty();
        outcomes.submit(RAPPORTEUR, roundtable);
        assertThat(outcomes.list(MOROCCO, berlin)).singleElement().satisfies(s -> assertThat(s.mayReview()).isTrue());
        assertThat(outcomes.list(FRANCE, berlin)).isEmpty();
        assertThat(outcomes.list(OFFICE, berlin).getFirst().mayReview()).isTrue();
    }

    @Test
    void an_older_version_is_restored_as_a_new_revision() {
        outcomes.save(RAPPORTEUR, roundtable, draft("First words."), 0);
        outcomes.save(RAPPORTEUR, roundtable, draft("Second words."), 1);

        OutcomeView restored = outcomes.restore(RAPPORTEUR, roundtable, 1, 2);
        assertThat(restored.revision()).isEqualTo(3);
        assertThat(restored.draft().keyMessages()).isEqualTo("First words.");
        assertThat(outcomes.versions(RAPPORTEUR, roundtable).getFirst().restoredFrom()).isEqualTo(1);
        assertThatThrownBy(() -> outcomes.restore(RAPPORTEUR, roundtable, 9, 3)).isInstanceOf(NotFoundException.class);
    }
}
