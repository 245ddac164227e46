package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.RegistrationFilter;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.ProductCommand;
import org.convene.marketplace.ProductKind;
import org.convene.marketplace.StageSlotView;

/**
 * The demo marketplace: a 6 × 4 grid with a dozen booths (A1–A6 along the top, B1–B6 along the
 * bottom, an aisle between), six exhibitors who are accredited delegates with accounts (four
 * accepted, three of them with a booth, one waitlisted, one just applied), their products, and a
 * stage with six 15-minute slots on the second day, two booked. Without accredited delegates it
 * makes only the plan, booths and stage.
 */
@Singleton
public class DemoMarketplace {
    private static final String[][] EXHIBITORS = {
        {"Migrant Forum in Asia", "Fair recruitment map", "Where recruitment fees are charged along Asia–Gulf corridors, from workers' reports.",
            "MAP", "Recruitment fee map", "https://example.org/recruitment-map"},
        {"Red de Ciudades Acogedoras", "Ciudades que incluyen", "Cómo los municipios de América Latina abren servicios a las personas migrantes.",
            "PUBLICATION", "Guía municipal de inclusión", "https://example.org/guia"},
        {"شبكة المهاجرين العرب", "منصة المهارات", "منصة تربط مهارات العمال المهاجرين بفرص العمل في المنطقة.",
            "TOOL", "Skills matching tool", "https://example.org/skills"},
        {"Global Business Mechanism Network", "Employer pledges", "Companies that pledged to the employer-pays principle, and what changed.",
            "NETWORK", "Employer pledge network", "https://example.org/pledges"},
        {"Центр миграционных исследований", "Атлас миграции", "Данные о трудовой миграции в Центральной Азии.",
            "MAP", "Атлас трудовой миграции", "https://example.org/atlas"},
        {"Diaspora Youth Lab", "Tech Garden prototypes", "Young entrepreneurs' tools for remittances and skills recognition.",
            "TOOL", "Remittance cost checker", "https://example.org/remit"},
    };
    private static final ApplicationStatus[] STATUSES = {
        ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED, ApplicationStatus.ACCEPTED,
        ApplicationStatus.WAITLISTED, ApplicationStatus.APPLIED,
    };
    private final Marketplace marketplace;
    private final DelegateRegistration registrations;
    private final UserManagement users;

    public DemoMarketplace(Marketplace marketplace, DelegateRegistration registrations, UserManagement users) {
        this.marketplace = marketplace;
        this.registrations = registrations;
        this.users = users;
    }

    public void load(long summitId, UserView chairOffice, LocalDateTime stageStart) {
        Actor office = Actor.of(chairOffice);
        marketplace.setGrid(office, summitId, 6, 4);
        List<BoothView> booths = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            booths.add(marketplace.saveBooth(office, summitId, null, new BoothCommand("A" + (i + 1), 9, i, 0, 1, 1)));
        }
        for (int i = 0; i < 6; i++) {
            booths.add(marketplace.saveBooth(office, summitId, null, new BoothCommand("B" + (i + 1), 9, i, 3, 1, 1)));
        }
        List<StageSlotView> slots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slots.add(marketplace.addSlot(office, summitId, stageStart.plusMinutes(15L * i), 15));
        }
        List<Actor> people = exhibitors(office, summitId);
        for (int i = 0; i < Math.min(people.size(), EXHIBITORS.length); i++) {
            String[] e = EXHIBITORS[i];
            Actor person = people.get(i);
            long id = marketplace.apply(person, summitId, new ApplicationCommand(e[0], e[1], e[2])).id();
            marketplace.saveProduct(person, id, null, ProductCommand.of(ProductKind.valueOf(e[3]), e[4], e[2], e[5]));
            if (STATUSES[i] != ApplicationStatus.APPLIED) {
                marketplace.decide(office, id, STATUSES[i]);
            }
            if (STATUSES[i] == ApplicationStatus.ACCEPTED && i < 3) {
                marketplace.allocate(office, id, booths.get(i * 2).id());
            }
            if (STATUSES[i] == ApplicationStatus.ACCEPTED && i < 2) {
                marketplace.book(person, slots.get(i * 2).id());
            }
        }
    }

    /** Accredited delegates who have an account (approval made one), except the demo attendee, who may apply themselves. */
    private List<Actor> exhibitors(Actor office, long summitId) {
        return registrations.list(office, summitId, new RegistrationFilter(null, null, null, null, null, null, true)).stream()
                .map(r -> r.person().email())
                .filter(email -> email != null && !email.startsWith("attendee@"))
                .map(users::findByEmail)
                .flatMap(java.util.Optional::stream)
                .map(Actor::of)
                .limit(EXHIBITORS.length)
                .toList();
    }
}
