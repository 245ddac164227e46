package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.identity.UserView;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeView;

/**
 * Two regional consultations before the demo summit, co-chaired by the UAE chairmanship with the
 * Abu Dhabi Dialogue and the Colombo Process, each taking up two or three themes, with observations
 * written by the themes' resource persons (one partly in Arabic, so the report shows shaped text).
 */
@Singleton
class DemoConsultations {
    private final Consultations consultations;
    private final SummitSetup setup;

    DemoConsultations(Consultations consultations, SummitSetup setup) {
        this.consultations = consultations;
        this.setup = setup;
    }

    void load(long summitId, UserView resource, UserView resource2) {
        List<ThemeView> themes = setup.themes(summitId);
        Editor fatima = Editor.of(resource);
        Editor irina = Editor.of(resource2);
        // Themes alternate between the two resource persons: the first, third and fifth are Fatima's.
        long abuDhabi = consultations.create(summitId, new ConsultationCommand("Abu Dhabi Dialogue", "Dubai", "AE",
                LocalDate.of(2020, 10, 27), LocalDate.of(2020, 10, 28),
                List.of("AE", "BH", "KW", "OM", "QA", "SA", "AF", "BD", "CN", "IN", "ID", "NP", "PK", "PH", "LK", "TH", "VN"), 64,
                List.of(themes.get(0).id(), themes.get(1).id()))).id();
        consultations.saveObservations(fatima, abuDhabi, themes.get(0).id(), """
                Governments of origin and destination agreed that **skills recognition** is the bottleneck of fair labour mobility.

                - Pilot a shared qualification framework for construction and care work.
                - Publish recruitment fees *before* departure.

                «الهجرة الآمنة مسؤولية مشتركة» — a phrase the co-chairs asked to keep in the summary.""");
        consultations.saveObservations(irina, abuDhabi, themes.get(1).id(), """
                Participants asked for regular pathways that follow labour-market needs, reviewed every year.

                1. Joint labour-market assessments.
                2. Portable social protection between corridors.""");

        long colombo = consultations.create(summitId, new ConsultationCommand("Colombo Process", "Colombo", "LK",
                LocalDate.of(2020, 11, 10), LocalDate.of(2020, 11, 11),
                List.of("AF", "BD", "CN", "IN", "ID", "KH", "NP", "PK", "PH", "LK", "TH", "VN"), 41,
                List.of(themes.get(0).id(), themes.get(3).id(), themes.get(5).id()))).id();
        consultations.saveObservations(irina, colombo, themes.get(3).id(), """
                Countries of origin described returns forced by floods and heat; they asked destination countries to keep
                visas valid during disasters. See the [meeting page](https://example.org/colombo-process-2020) for the papers.""");
        consultations.saveObservations(irina, colombo, themes.get(5).id(), """
                Digital remittance channels lowered costs where mobile identity was accepted; **data protection** must come first.""");
    }
}
