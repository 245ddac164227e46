package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import io.micronaut.context.ApplicationContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgeBatchStatus;
import org.convene.delegations.BadgeBatches;
import org.convene.delegations.DelegatePhotos;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.RegistrationView;
import org.convene.delegations.StakeholderGroups;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitManagement;
import org.convene.ui.badges.BadgeBatchView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.security.UserSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lead sets a delegate's photo; the chair office prints a batch of badges and downloads it. */
@ViewPackages(packages = "org.convene.ui")
class BadgeViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView otherOffice;
    private static UserView lead;
    private static long group;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        UserManagement users = context.getBean(UserManagement.class);
        office = users.create(new NewUser("office@example.org", "Office", "office-secret", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        otherOffice = users.create(new NewUser("office2@example.org", "Office two", "office-secret-2", "en", List.of(RoleGrant.of(Role.CHAIR_OFFICE))));
        lead = users.create(new NewUser("business@example.org", "Business lead", "business-secret", "en",
                List.of(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS"))));
        long chairmanship = context.getBean(ChairmanshipManagement.class)
                .create(new ChairmanshipCommand(List.of("MA"), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))).id();
        long summit = context.getBean(SummitManagement.class).create(new SummitCommand(chairmanship, "11th GFMD Summit", 11, "Marrakesh",
                "Palais des Congrès", LocalDate.of(2018, 12, 5), LocalDate.of(2018, 12, 7), null)).id();
        group = context.getBean(StakeholderGroups.class).create(Actor.of(office), summit,
                new GroupCommand(GroupKind.BUSINESS, null, null, 20, Map.of())).id();
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    private static long nominated(String email) {
        return nominated(email, "Youssef", "Amrani");
    }

    private static long nominated(String email, String given, String family) {
        return context.getBean(DelegateRegistration.class).nominate(Actor.of(office), group, new Person(given, family, null, null,
                "OCP Group", null, "MA", "MA", null, email, DelegateRole.DELEGATE, null, null)).id();
    }

    @Test
    void a_lead_uploads_a_photo_and_a_renamed_text_file_is_refused_with_a_message() {
        long id = nominated("photo@example.org", "Salma", "Bennani");
        context.getBean(UserSession.class).signIn(lead);
        navigate(RegistrationListView.class);
        @SuppressWarnings("unchecked")
        Grid<RegistrationView> grid = find(Grid.class).single();
        int row = 0;
        while (!test(grid).getCellText(row, 0).startsWith("Salma")) {
            row++;
        }
        Button photo = (Button) test(grid).getCellComponent(row, 4);
        assertThat(photo.getAriaLabel()).hasValue("Photo of Salma Bennani");
        test(photo).click();
        assertThat(find(Span.class).withText("No photo yet.").single().isVisible()).isTrue();

        test(find(Upload.class).single()).upload("photo.jpg", "image/jpeg", "not a picture at all".getBytes(StandardCharsets.UTF_8));
        assertThat(find(Span.class).withId("photo-error").single().getText()).isEqualTo("The photo must be a JPEG or PNG image.");
        assertThat(context.getBean(DelegatePhotos.class).find(Actor.of(office), id)).isEmpty();

        test(find(Upload.class).single()).upload("photo.jpg", "image/jpeg", jpeg());
        assertThat(find(Span.class).withId("photo-error").single().getText()).isEmpty();
        Image preview = find(Image.class).single();
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.getSrc()).startsWith("data:image/jpeg;base64,");
        assertThat(context.getBean(DelegatePhotos.class).find(Actor.of(office), id)).isPresent();
    }

    @Test
    void the_chair_office_prints_a_batch_follows_its_progress_and_downloads_it_after_a_reload() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            context.getBean(DelegateRegistration.class).approve(Actor.of(office), nominated("batch" + i + "@example.org"));
        }
        context.getBean(UserSession.class).signIn(office);
        navigate(BadgeBatchView.class);
        assertThat(find(Div.class).withId("badge-batches").single().getElement().getTextRecursively()).contains("No batches yet");

        test(find(Button.class).withText("Print badges").single()).click();
        assertThat(find(ProgressBar.class).all()).hasSize(1);
        BadgeBatchStatus batch = awaitFinished(context.getBean(BadgeBatches.class).mine(Actor.of(office)).getFirst().id());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(batch.state()).isEqualTo(BadgeBatchStatus.State.DONE);
        assertThat(find(Anchor.class).withText("Download PDF").single().getHref()).doesNotContain("Youssef");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(context.getBean(DelegateRegistration.class).counts(Actor.of(office), batch.summitId(), null))
                .containsEntry(RegistrationStatus.BADGE_ISSUED, 6L);

        navigate(RegistrationListView.class);
        navigate(BadgeBatchView.class);
        assertThat(find(Anchor.class).withText("Download PDF").all()).hasSize(1);

        context.getBean(UserSession.class).signIn(otherOffice);
        navigate(RegistrationListView.class);
        navigate(BadgeBatchView.class);
        assertThat(find(Anchor.class).withText("Download PDF").all()).isEmpty();
    }

    /** Polls as the page does; the bound only keeps a broken batch from hanging the build. */
    private static BadgeBatchStatus awaitFinished(String id) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        BadgeBatchStatus status = context.getBean(BadgeBatches.class).status(Actor.of(office), id);
        while (!status.finished() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(50);
            status = context.getBean(BadgeBatches.class).status(Actor.of(office), id);
        }
        return status;
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(400, 500, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
