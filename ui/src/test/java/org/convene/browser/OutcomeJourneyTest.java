package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.testing.Sql;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A roundtable's outcome in a real headless Chromium: the rapporteur types it (saved as they pause),
 * meets the Chatham House check — an attribution and a participant's name — rephrases the one and
 * marks the other as a practice, and submits; the Moroccan co-chair's focal point reviews it; the
 * chair office approves and publishes; an attendee reads it, with no author.
 */
class OutcomeJourneyTest extends Journey {
    private long roundtableId;

    @BeforeAll
    void aRoundtableWithItsRapporteurCoChairAttendeeAndAParticipant() {
        UserView officer = bean(UserManagement.class).findByEmail(OFFICER).orElseThrow();
        long summit = Fixtures.summit(app.context(), "AE", "13th GFMD Summit", 13, "Dubai", "Expo 2020",
                LocalDate.of(2021, 1, 24), LocalDate.of(2021, 1, 26));
        long theme = bean(SummitSetup.class).addTheme(summit, new ThemeCommand("Labour mobility", null, null)).id();
        roundtableId = bean(Roundtables.class).create(summit, new RoundtableCommand(theme, "Fair recruitment", RoundtableFormat.ROUNDTABLE,
                40, List.of("MA", "PH"), List.of(), List.of())).id();
        UserView rahul = Fixtures.user(app.context(), "rahul@example.org", "Rahul Menon", "rapporteur-secret", RoleGrant.of(Role.RAPPORTEUR));
        Fixtures.user(app.context(), "nadia@example.org", "Nadia Benali", "focal-point-secret", new RoleGrant(Role.FOCAL_POINT, "MA"));
        Fixtures.user(app.context(), "li@example.org", "李明", "attendee-secret", new RoleGrant(Role.ATTENDEE, Long.toString(summit)));
        // The rapporteur's appointment belongs to the roundtable form; here it is set directly.
        new Sql(bean(DataSource.class)).update("UPDATE roundtable_roundtable SET rapporteur_user_id = " + rahul.id() + " WHERE id = " + roundtableId);
        long group = Fixtures.group(app.context(), officer, summit, GroupKind.CIVIL_SOCIETY, 10);
        bean(DelegateRegistration.class).nominate(Actor.of(officer), group, new Person("José", "Müller", null, null, "Migrant Forum", null,
                "DE", "DE", null, "jose@example.org", DelegateRole.DELEGATE, null, null));
    }

    @Test
    void the_rapporteur_drafts_meets_the_check_and_submits_the_co_chair_reviews_the_office_publishes_and_an_attendee_reads_it() {
        signIn("rahul@example.org", "rapporteur-secret", "Welcome, Rahul Menon");
        driver.get(app.url("/roundtables/" + roundtableId + "/outcome"));
        WebElement keyMessages = input(By.cssSelector("#keyMessages textarea"));
        keyMessages.sendKeys("According to the delegate of Kenya, fees fell. Mr Muller runs a fair-fees pledge.");
        awaitText(By.id("save-state"), "Saved at");
        awaitText(By.id("flag-summary"), "2 flag(s) to resolve");
        assertThat(driver.findElement(By.id("submit")).getAttribute("disabled")).isNotNull();
        Browser.screenshot(driver, "outcome-flags");

        // Rephrase the attribution; the name stays, since it names who runs a practice.
        keyMessages.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Fees fell in one corridor. Mr Muller runs a fair-fees pledge.");
        awaitText(By.id("flag-summary"), "1 flag(s) to resolve");
        click(By.xpath("//vaadin-button[contains(., 'Mark as practice')]"));
        awaitText(By.id("flag-summary"), "Every flag is resolved.");
        input(By.cssSelector("#sdgTargets input")).sendKeys("10.7, 8.8");
        awaitText(By.id("save-state"), "(revision 3)");
        click(By.id("submit"));
        awaitText(By.id("outcome-status"), "Submitted");

        signOut();
        signIn("nadia@example.org", "focal-point-secret", "Welcome, Nadia Benali");
        driver.get(app.url("/outcomes"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Review']"));
        input(By.cssSelector("#comment textarea")).sendKeys("Agreed by both co-chairs.");
        click(By.xpath("//vaadin-button[contains(., 'Mark as reviewed')]"));
        awaitText(By.tagName("vaadin-grid"), "Reviewed");

        signOut();
        signIn(OFFICER, OFFICER_PASSWORD, "Welcome");
        driver.get(app.url("/outcomes"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Approve']"));
        awaitText(By.tagName("vaadin-grid"), "Approved");
        click(By.xpath("//vaadin-button[normalize-space(.)='Publish']"));
        awaitText(By.tagName("vaadin-grid"), "Published");
        Browser.screenshot(driver, "outcome-list");

        signOut();
        signIn("li@example.org", "attendee-secret", "Welcome, 李明");
        driver.get(app.url("/outcomes"));
        click(By.xpath("//vaadin-button[normalize-space(.)='Read']"));
        awaitText(By.id("published-outcome"), "Fees fell in one corridor");
        String published = driver.findElement(By.id("published-outcome")).getText();
        assertThat(published).contains("10.7, 8.8").doesNotContain("Rahul", "Nadia");
        Browser.screenshot(driver, "outcome-published");
    }

    /** Waits for the text in the element's content, shown or scrolled out of sight. */
    private void awaitText(By by, String text) {
        wait.ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(by).getDomProperty("textContent").contains(text));
    }

    private void signOut() {
        click(By.xpath("//vaadin-button[contains(., 'Sign out')]"));
        wait.until(ExpectedConditions.urlContains("/login"));
    }
}
