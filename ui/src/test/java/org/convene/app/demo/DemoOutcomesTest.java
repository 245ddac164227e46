package org.convene.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convene.app.TestApp;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeSummary;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo's outcomes: none while the demo summit has no roundtables (they come from the roundtable
 * set-up's demo data), and once it has, one published, one draft held by a flag, one submitted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOutcomesTest {
    private TestApp app;
    private long summitId;
    private Actor office;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.demo", "true"));
        app.context().getBean(DemoData.class).loadIfEmpty();
        summitId = app.context().getBean(SummitManagement.class).list().getFirst().id();
        office = Actor.of(app.context().getBean(UserManagement.class).findByEmail("chair.office@demo.convene").orElseThrow());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void the_demo_writes_outcomes_in_several_states_for_the_roundtables_it_finds() {
        Outcomes outcomes = app.context().getBean(Outcomes.class);
        Roundtables roundtables = app.context().getBean(Roundtables.class);
        boolean hadRoundtables = !roundtables.list(summitId).isEmpty();
        if (!hadRoundtables) {
            var themes = app.context().getBean(SummitSetup.class).themes(summitId);
            for (int i = 0; i < 3; i++) {
                roundtables.create(summitId, new RoundtableCommand(themes.get(i).id(), "Roundtable " + i, RoundtableFormat.ROUNDTABLE, 40,
                        List.of("AE"), List.of(), List.of()));
            }
            UserView chair = app.context().getBean(UserManagement.class).findByEmail("chair.office@demo.convene").orElseThrow();
            app.context().getBean(DemoOutcomes.class).load(summitId, chair);
        }

        List<OutcomeSummary> all = outcomes.list(office, summitId);
        assertThat(all).extracting(OutcomeSummary::status).startsWith(OutcomeStatus.PUBLISHED, OutcomeStatus.DRAFT, OutcomeStatus.SUBMITTED);
        assertThat(outcomes.check(office, all.get(1).roundtableId())).extracting(OutcomeFlag::text)
                .containsExactly("According to the delegate of");
        assertThat(roundtables.publishedOutcomes(summitId)).singleElement()
                .satisfies(p -> assertThat(p.sdgTargets()).containsExactly("8.7", "8.8", "10.7", "17.17"));
    }
}
