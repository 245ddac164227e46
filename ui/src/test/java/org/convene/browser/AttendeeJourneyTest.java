package org.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgePrinting;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.testing.Sql;
import org.convene.ui.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An approved delegate in a real headless Chromium: follows the link of the approval mail, chooses
 * a password, signs in, switches the interface to French and downloads their badge.
 */
class AttendeeJourneyTest extends Journey {
    private static final Pattern LINK = Pattern.compile("(/password\\?token=[A-Za-z0-9_-]+)");
    private long registrationId;

    @BeforeAll
    void anApprovedDelegateWithABadge() {
        UserView officer = bean(UserManagement.class).findByEmail(OFFICER).orElseThrow();
        Actor office = Actor.of(officer);
        long summit = Fixtures.summit(app.context(), new ChairmanshipCommand(List.of("AE"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 31)),
                "13th GFMD Summit", 13, "Dubai", "Expo 2020", LocalDate.of(2021, 1, 18), LocalDate.of(2021, 1, 26));
        long group = Fixtures.group(app.context(), officer, summit, GroupKind.CIVIL_SOCIETY, 10);
        DelegateRegistration registrations = bean(DelegateRegistration.class);
        registrationId = registrations.nominate(office, group, new Person("مريم", "الأحمد", "Maryam", "Al Ahmad", "Migrant Forum in Asia",
                null, "JO", "AE", null, "maryam@example.org", DelegateRole.DELEGATE, null, null)).id();
        registrations.approve(office, registrationId);
        bean(BadgePrinting.class).badge(office, registrationId);
    }

    @Test
    void an_approved_delegate_follows_the_invitation_signs_in_in_french_and_downloads_the_badge() throws Exception {
        String mail = new Sql(bean(DataSource.class))
                .text("SELECT body FROM mail_outbox WHERE recipient = 'maryam@example.org' ORDER BY id LIMIT 1");
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).as("the approval mail carries the invitation link").isTrue();

        driver.get(app.url(link.group(1)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Welcome, مريم الأحمد"));
        input(By.cssSelector("#password input")).sendKeys("olive-tree-by-the-sea");
        input(By.cssSelector("#repeat input")).sendKeys("olive-tree-by-the-sea");
        click(By.id("save"));
        wait.until(ExpectedConditions.urlContains("/login"));

        signIn("maryam@example.org", "olive-tree-by-the-sea", "My summits");

        click(By.cssSelector("vaadin-app-layout vaadin-select"));
        click(By.xpath("//vaadin-select-item[contains(., 'Français')]"));
        awaitAfterReload("Mes sommets");
        Browser.screenshot(driver, "attendee-home-fr");
        assertThat(bean(UserManagement.class).findByEmail("maryam@example.org").orElseThrow().language()).isEqualTo("fr");

        click(By.id("my-badge-" + registrationId));
        Path pdf = downloadedPdf();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }
}
