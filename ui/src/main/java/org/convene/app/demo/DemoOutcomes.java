package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.UserView;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeView;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outcomes for the demo summit's roundtables: the first published (attendees can read it), the
 * second a draft that the Chatham House check flags, the third submitted to its co-chairs. Each is
 * written by the roundtable's appointed rapporteur where there is one, else by the chair office.
 * The roundtables themselves come from the roundtable set-up's demo data: with none, nothing is made.
 */
@Singleton
class DemoOutcomes {
    private static final Logger LOG = LoggerFactory.getLogger(DemoOutcomes.class);
    private final Roundtables roundtables;
    private final Outcomes outcomes;

    DemoOutcomes(Roundtables roundtables, Outcomes outcomes) {
        this.roundtables = roundtables;
        this.outcomes = outcomes;
    }

    void load(long summitId, UserView office) {
        List<RoundtableView> all = roundtables.list(summitId);
        if (all.isEmpty()) {
            LOG.info("Demo outcomes skipped: the demo summit has no roundtables");
            return;
        }
        Actor chair = Actor.of(office);
        OutcomeView published = write(all.getFirst(), chair, new OutcomeDraft("""
                Fair recruitment starts before departure: **zero recruitment fees** for workers, paid by employers, and contracts
                workers can read in their own language.

                Bilateral labour agreements work best when origin and destination countries monitor them together.""", """
                - Publish every recruitment fee and cost before departure.
                - Recognise skills across corridors with a shared qualification framework for care and construction work.
                - Give workers a complaint channel that does not depend on their employer.""", """
                The Philippines runs a pre-departure orientation seminar for every worker; the *Fair Recruitment Initiative* of the
                ILO and IOM's IRIS certification were announced as partnerships open to new members.""", "8.7, 8.8, 10.7, 17.17"));
        outcomes.submit(chair, published.roundtableId());
        outcomes.review(chair, published.roundtableId(), "Agreed by both co-chairs.");
        outcomes.approve(chair, published.roundtableId());
        outcomes.publish(chair, published.roundtableId());
        if (all.size() > 1) {
            write(all.get(1), chair, new OutcomeDraft("""
                    According to the delegate of Bangladesh, regular pathways follow labour-market needs only when they are reviewed
                    every year.""", """
                    1. Joint labour-market assessments by origin and destination countries.
                    2. Portable social protection between corridors.""", "", "10.7, 10.c"));
        }
        if (all.size() > 2) {
            OutcomeView submitted = write(all.get(2), chair, new OutcomeDraft("""
                    Public narratives on migration change when migrants tell their own stories, in local media and in schools.""", """
                    - Fund local journalism on migration.
                    - Train spokespeople of diaspora organisations.""", "", "10, 16 and 17"));
            outcomes.submit(chair, submitted.roundtableId());
        }
    }

    /** Writes as the roundtable's rapporteur when one is appointed, so the demo rapporteur finds their own drafts. */
    private OutcomeView write(RoundtableView roundtable, Actor chair, OutcomeDraft draft) {
        Actor author = roundtable.rapporteurUserId() == null ? chair : new Actor(roundtable.rapporteurUserId(), List.of());
        return outcomes.save(author, roundtable.id(), draft, 0);
    }
}
