package org.convene.app.demo;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.convene.identity.Mechanism;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.SummitManagement;
import org.convene.summit.ThemeCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo summit: the 2020 chairmanship of the United Arab Emirates with the chairmanships before
 * it, its six themes, a venue, and one user per role. Loaded only into an empty database.
 */
@Singleton
public class DemoData {
    /** For the demo only: documented in the README, never used outside demo data. */
    public static final String DEMO_PASSWORD = "convene-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final ChairmanshipManagement chairmanships;
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final UserManagement users;
    private final DemoDelegations delegations;
    private final DemoProgramme programme;
    private final DemoConsultations consultations;
    private final DemoRoundtables roundtables;
    private final DemoOutcomes outcomes;
    private final DemoSeating seating;
    private final DemoReports reports;
    private final DemoMarketplace marketplace;
    private final DemoPartnerships partnerships;
    private final DemoOpenSpace openSpace;

    public DemoData(@Value("${convene.demo:true}") boolean enabled, ChairmanshipManagement chairmanships,
                    SummitManagement summits, SummitSetup setup, UserManagement users, DemoDelegations delegations,
                    DemoProgramme programme, DemoConsultations consultations, DemoRoundtables roundtables, DemoOutcomes outcomes,
                    DemoSeating seating, DemoReports reports,
                    DemoMarketplace marketplace, DemoPartnerships partnerships,
                    DemoOpenSpace openSpace) {
        this.openSpace = openSpace;
        this.enabled = enabled;
        this.chairmanships = chairmanships;
        this.summits = summits;
        this.setup = setup;
        this.users = users;
        this.delegations = delegations;
        this.programme = programme;
        this.consultations = consultations;
        this.roundtables = roundtables;
        this.outcomes = outcomes;
        this.seating = seating;
        this.reports = reports;
        this.marketplace = marketplace;
        this.partnerships = partnerships;
    }

    /** Loads the demo when enabled and the database holds no chairmanship yet; answers the demo users made. */
    public List<UserView> loadIfEmpty() {
        if (!enabled || !chairmanships.list().isEmpty()) {
            return List.of();
        }
        chairmanship(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 6, 30), "SE");
        chairmanship(LocalDate.of(2014, 7, 1), LocalDate.of(2015, 12, 31), "TR");
        chairmanship(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31), "BD");
        chairmanship(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31), "DE", "MA");
        chairmanship(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "EC");
        long uae = chairmanship(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31), "AE");

        List<UserView> made = new ArrayList<>();
        made.add(user("chair.office@demo.convene", "Amal Al Mansoori", RoleGrant.of(Role.CHAIR_OFFICE)));
        made.add(user("civil.society@demo.convene", "Mariana Gómez", new RoleGrant(Role.MECHANISM_LEAD, Mechanism.CIVIL_SOCIETY.name())));
        made.add(user("business@demo.convene", "Jonathan Weller", new RoleGrant(Role.MECHANISM_LEAD, Mechanism.BUSINESS.name())));
        made.add(user("mayors@demo.convene", "Aminata Diallo", new RoleGrant(Role.MECHANISM_LEAD, Mechanism.MAYORS.name())));
        made.add(user("focal.point.de@demo.convene", "Katrin Vogel", new RoleGrant(Role.FOCAL_POINT, "DE")));
        UserView resource = user("resource.person@demo.convene", "فاطمة الزهراء المنصوري", RoleGrant.of(Role.RESOURCE_PERSON));
        UserView resource2 = user("resource.person2@demo.convene", "Ирина Петрова", RoleGrant.of(Role.RESOURCE_PERSON));
        made.add(resource);
        made.add(resource2);
        UserView rapporteur = user("rapporteur@demo.convene", "Rahul Menon", RoleGrant.of(Role.RAPPORTEUR));
        made.add(rapporteur);
        made.add(user("attendee@demo.convene", "李明", RoleGrant.of(Role.ATTENDEE)));
        made.add(user("check.in@demo.convene", "Omar Haddad", RoleGrant.of(Role.CHECK_IN)));

        SummitView summit = summits.create(new SummitCommand(uae, "13th GFMD Summit", 13, "Dubai", "Dubai Exhibition Centre, Expo 2020",
                LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26),
                "The Future of Human Mobility: Innovative Partnerships for Sustainable Development"));
        String[] themes = {
            "The future of work: skills, recruitment and labour mobility partnerships",
            "Regular pathways and the future of migration governance",
            "Public narratives on migration",
            "Migrants in crisis situations, climate change and human mobility",
            "Partnerships for migrants' inclusion and social cohesion",
            "Digital technology and data for the future of human mobility",
        };
        for (int i = 0; i < themes.length; i++) {
            setup.addTheme(summit.id(), new ThemeCommand(themes[i], null, (i % 2 == 0 ? resource : resource2).id()));
        }
        room(summit, "Plenary Hall", 1200, "Ground floor");
        room(summit, "Roundtable Room A", 80, "Level 1");
        room(summit, "Roundtable Room B", 80, "Level 1");
        room(summit, "Roundtable Room C", 60, "Level 2");
        room(summit, "Open Space", 300, "Hall 2");
        room(summit, "Marketplace", 400, "Hall 3");
        room(summit, "Side-event Room", 40, "Level 2");
        delegations.load(summit.id(), made.getFirst());
        programme.load(summit.id(), made.getFirst(), made.stream().filter(u -> u.email().startsWith("attendee@")).findFirst().orElseThrow());
        consultations.load(summit.id(), resource, resource2);
        roundtables.load(summit.id(), made.getFirst(), rapporteur, "attendee@demo.convene");
        // After the roundtables are made: outcomes are written for them.
        outcomes.load(summit.id(), made.getFirst());
        // After the roundtables are made: delegates choose and are seated.
        seating.load(summit.id(), made.getFirst());
        reports.load(resource2);
        marketplace.load(summit.id(), made.getFirst(), LocalDate.of(2021, 1, 19).atTime(13, 0));
        // After the outcomes are published: one practice is promoted from them.
        partnerships.load(summit.id());
        openSpace.load(summit.id(), made.getFirst(), "attendee@demo.convene");
        LOG.info("Demo summit loaded: {} chairmanships, '{}', {} demo users", chairmanships.list().size(), summit.title(), made.size());
        return made;
    }

    private long chairmanship(LocalDate start, LocalDate end, String... chairs) {
        return chairmanships.create(new ChairmanshipCommand(List.of(chairs), start, end)).id();
    }

    private UserView user(String email, String name, RoleGrant grant) {
        return users.create(new NewUser(email, name, DEMO_PASSWORD, "en", List.of(grant)));
    }

    private void room(SummitView summit, String name, int capacity, String floor) {
        setup.addRoom(summit.id(), new RoomCommand(name, capacity, floor));
    }
}
