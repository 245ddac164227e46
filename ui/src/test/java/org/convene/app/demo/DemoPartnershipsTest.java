package org.convene.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.convene.app.TestApp;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitManagement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The demo's Platform for Partnerships: the sample file's six practices and one promoted from the published outcome. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoPartnershipsTest {
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
    void the_sample_is_imported_and_the_published_outcome_gives_a_practice_linked_to_its_roundtable() {
        Partnerships partnerships = app.context().getBean(Partnerships.class);
        long summitId = app.context().getBean(SummitManagement.class).list().getFirst().id();
        List<PublishedOutcome> published = app.context().getBean(Roundtables.class).publishedOutcomes(summitId);
        assertThat(published).isNotEmpty();

        List<PracticeView> all = partnerships.search(new PracticeQuery(null, null, null, 1, 100)).items();
        assertThat(all).hasSize(7).extracting(PracticeView::name).contains("Skilled Workers Immigration Law", "Remit Hydro",
                "Pre-departure orientation seminars");
        assertThat(partnerships.ofRoundtable(published.getFirst().roundtableId())).singleElement()
                .satisfies(p -> assertThat(p.sdgTargets()).isEqualTo(published.getFirst().sdgTargets()));
        assertThat(partnerships.importCsv(DemoPartnerships.sample()).imported()).isZero();
    }
}
