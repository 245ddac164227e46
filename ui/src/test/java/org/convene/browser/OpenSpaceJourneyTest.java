package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.identity.NewUser;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.openspace.OpenSpace;
import org.convene.programme.Audience;
import org.convene.programme.Programme;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.RoomCommand;
import org.convene.summit.SummitSetup;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Two attendees in a real headless Chromium: one requests a meeting (person, then send), the other
 * accepts it, and both find it in their personal agenda.
 */
class OpenSpaceJourneyTest extends Journey {
    private long summit;

    @BeforeAll
    void twoFindableAttendeesAndAnOpenSpace() {
        UserView officer = bean(UserManagement.class).findByEmail(OFFICER).orElseThrow();
        Actor office = Actor.of(officer);
        summit = Fixtures.summit(app.context(), new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31)),
                "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26));
        long hall = bean(SummitSetup.class).addRoom(summit, new RoomCommand("Hall", 200, null)).id();
        long session = bean(Programme.class).create(summit, new SessionCommand(SessionKind.OPEN_SPACE, "Open Space", null, hall,
                LocalDateTime.parse("2021-01-20T14:00"), LocalDateTime.parse("2021-01-20T15:00"), List.of(), List.of(), Audience.OPEN, null,
                List.of(), null)).id();
        OpenSpace openSpace = bean(OpenSpace.class);
        openSpace.configure(office, summit, 30, List.of(session));
        openSpace.addPlace(office, summit, "Table 1", 2);
        long group = Fixtures.group(app.context(), officer, summit, GroupKind.CIVIL_SOCIETY, 10);
        attendee(office, group, "مريم", "الأحمد", "Maryam", "Al Ahmad", "maryam@example.org");
        attendee(office, group, "Carlos", "Mendoza", null, null, "carlos@example.org");
    }

    private void attendee(Actor office, long group, String given, String family, String latinGiven, String latinFamily, String email) {
        bean(DelegateRegistration.class).nominate(office, group, new Person(given, family, latinGiven, latinFamily, "Migrant Forum in Asia",
                null, "JO", "AE", null, email, DelegateRole.DELEGATE, null, null));
        long user = bean(UserManagement.class).create(new NewUser(email, given + " " + family, "olive-tree-by-the-sea", "en",
                List.of(new RoleGrant(Role.ATTENDEE, Long.toString(summit))))).id();
        bean(Profiles.class).update(user, new Profile(null, "fair recruitment", true));
    }

    private void signOutAndIn(String email, String welcome) {
        driver.manage().deleteAllCookies();
        signIn(email, "olive-tree-by-the-sea", welcome);
    }

    @Test
    void an_attendee_requests_a_meeting_the_other_accepts_and_both_see_it_in_their_agenda() {
        signOutAndIn("maryam@example.org", "Welcome, مريم الأحمد");
        driver.get(app.url("/open-space"));
        click(By.xpath("//vaadin-button[contains(., 'Request a meeting')]"));
        click(By.id("openspace-send"));
        awaitAfterReload("You asked Carlos Mendoza");
        Browser.screenshot(driver, "open-space-requested");

        signOutAndIn("carlos@example.org", "Welcome, Carlos Mendoza");
        driver.get(app.url("/open-space"));
        awaitAfterReload("مريم الأحمد asks to meet you");
        click(By.xpath("//vaadin-button[contains(., 'Accept')]"));
        awaitAfterReload("Table 1");
        Browser.screenshot(driver, "open-space-booked");

        driver.get(app.url("/my-agenda"));
        awaitAfterReload("مريم الأحمد");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Open Space meeting you booked.");

        signOutAndIn("maryam@example.org", "Welcome, مريم الأحمد");
        driver.get(app.url("/my-agenda"));
        awaitAfterReload("Carlos Mendoza");
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Open Space meeting you booked.").contains("Table 1");
    }
}
