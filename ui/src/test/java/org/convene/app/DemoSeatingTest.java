package org.convene.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convene.app.demo.DemoData;
import org.convene.app.demo.DemoSeating;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingPlan;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo's seats: once the demo summit has roundtables, delegates have chosen and the assignment has run. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeatingTest {
    private TestApp app;

    @BeforeAll
    void start() {
        app = TestApp.start(Map.of("convene.demo", "true"));
        app.context().getBean(DemoData.class).loadIfEmpty();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void theDemoSummitsRoundtablesAreChosenAndSeatedWithinCapacity() {
        long summit = app.context().getBean(SummitManagement.class).list().getFirst().id();
        UserView office = app.context().getBean(UserManagement.class).findByEmail("chair.office@demo.convene").orElseThrow();
        Roundtables roundtables = app.context().getBean(Roundtables.class);
        if (roundtables.list(summit).isEmpty()) {
            // The demo's roundtables come from the roundtable set-up; without them, make a few small ones here.
            long theme = app.context().getBean(SummitSetup.class).themes(summit).getFirst().id();
            for (String title : List.of("Skills partnerships", "Fair recruitment", "Labour migration data")) {
                roundtables.create(summit, new RoundtableCommand(theme, title, RoundtableFormat.ROUNDTABLE, 6, List.of("AE"), List.of(), List.of()));
            }
            app.context().getBean(DemoSeating.class).load(summit, office);
        }

        SeatingPlan plan = app.context().getBean(Seating.class).plan(Actor.of(office), summit);
        assertThat(plan.quality().withPreferences()).isGreaterThanOrEqualTo(12);
        assertThat(plan.quality().seated()).isPositive();
        assertThat(plan.tables()).allSatisfy(t -> assertThat(t.seats().size()).isLessThanOrEqualTo(t.capacity()));
        UserView attendee = app.context().getBean(UserManagement.class).findByEmail("attendee@demo.convene").orElseThrow();
        Seating seating = app.context().getBean(Seating.class);
        long own = seating.ownRegistrations(Actor.of(attendee), summit).getFirst();
        assertThat(seating.preferences(Actor.of(attendee), own).roundtableIds()).isNotEmpty();
    }
}
