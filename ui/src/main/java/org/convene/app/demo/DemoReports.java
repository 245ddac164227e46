package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;

/**
 * An earlier summit for the thematic recollection: Quito, January 2019 (Ecuador's chairmanship),
 * held in Spanish, with a regional consultation whose observations speak of recruitment and skills
 * as the 2021 summit's do, so a search for "recruitment" finds both years. Its summit report prints
 * in Spanish.
 */
@Singleton
class DemoReports {
    private final ChairmanshipManagement chairmanships;
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final Consultations consultations;

    DemoReports(ChairmanshipManagement chairmanships, SummitManagement summits, SummitSetup setup, Consultations consultations) {
        this.chairmanships = chairmanships;
        this.summits = summits;
        this.setup = setup;
        this.consultations = consultations;
    }

    void load(UserView resourcePerson) {
        long ecuador = chairmanships.list().stream().filter(c -> c.chairs().equals(List.of("EC"))).findFirst().orElseThrow().id();
        long quito = summits.create(new SummitCommand(ecuador, "12th GFMD Summit", 12, "Quito", "Centro de Convenciones Eugenio Espejo",
                LocalDate.of(2019, 1, 21), LocalDate.of(2019, 1, 25), "Sustainable approaches to human mobility")).id();
        summits.setLanguage(quito, "es");
        long recruitment = setup.addTheme(quito, new ThemeCommand("Fair recruitment and skills partnerships", null, resourcePerson.id())).id();
        setup.addTheme(quito, new ThemeCommand("Public narratives on migration", null, null));
        long budapest = consultations.create(quito, new ConsultationCommand("Budapest Process", "Istanbul", "TR",
                LocalDate.of(2018, 10, 9), LocalDate.of(2018, 10, 10), List.of("TR", "AF", "PK", "IQ", "HU"), 38, List.of(recruitment))).id();
        consultations.saveObservations(Editor.of(resourcePerson), budapest, recruitment, """
                Participants saw **fair recruitment** as the first step of any skills partnership: no fees for workers,
                contracts in the worker's language and a complaint channel in both countries.""");
    }
}
