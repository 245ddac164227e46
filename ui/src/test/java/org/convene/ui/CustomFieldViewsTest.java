package org.convene.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationView;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserView;
import org.convene.ui.delegations.RegistrationListView;
import org.convene.ui.security.UserSession;
import org.convene.ui.summit.SummitOverviewView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chair office adds questions on the summit's page; a lead's nomination form asks them, the dependent one only when it applies. */
@ViewPackages(packages = "org.convene.ui")
class CustomFieldViewsTest extends BrowserlessTest {
    private static ApplicationContext context;
    private static UserView office;
    private static UserView lead;
    private static long summitId;

    @BeforeAll
    static void startContext() {
        context = ViewTestContext.start();
        office = Fixtures.user(context, "fields-office@example.org", "Office", "office-secret", RoleGrant.of(Role.CHAIR_OFFICE));
        lead = Fixtures.user(context, "fields-lead@example.org", "Civil society lead", "lead-secret",
                new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"));
        summitId = Fixtures.summit(context, "SE", "7th GFMD Summit", 7, "Stockholm", "Waterfront",
                LocalDate.of(2014, 5, 14), LocalDate.of(2014, 5, 16));
        Fixtures.group(context, office, summitId, GroupKind.CIVIL_SOCIETY, 10);
    }

    @AfterAll
    static void stopContext() {
        ViewTestContext.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_question_added_by_the_chair_office_is_asked_in_the_nomination_form_when_it_applies() {
        context.getBean(UserSession.class).signIn(office);
        navigate(SummitOverviewView.class, Map.of("summitId", String.valueOf(summitId)));
        test(find(Button.class).withText("New question").single()).click();
        find(TextField.class).withId("label").single().setValue("Attends the side event");
        ((Select<CustomFieldType>) find(Select.class).withId("type").single()).setValue(CustomFieldType.YES_NO);
        test(find(Button.class).withText("Save").single()).click();
        CustomFields fields = context.getBean(CustomFields.class);
        CustomFieldView sideEvent = fields.list(summitId).getFirst();

        test(find(Button.class).withText("New question").single()).click();
        find(TextField.class).withId("label").single().setValue("Workshop");
        ((Select<CustomFieldType>) find(Select.class).withId("type").single()).setValue(CustomFieldType.CHOICE);
        find(TextArea.class).withId("choices").single().setValue("Labour mobility\nClimate and migration");
        ((Select<CustomFieldView>) find(Select.class).withId("shownWhenFieldId").single()).setValue(sideEvent);
        ((Select<String>) find(Select.class).withId("shownWhenValue").single()).setValue("true");
        test(find(Button.class).withText("Save").single()).click();
        assertThat(fields.list(summitId)).extracting(CustomFieldView::label).containsExactly("Attends the side event", "Workshop");
        CustomFieldView workshop = fields.list(summitId).get(1);
        assertThat(workshop.shownWhenFieldId()).isEqualTo(sideEvent.id());

        context.getBean(UserSession.class).signIn(lead);
        navigate(org.convene.ui.identity.AccountView.class);
        navigate(RegistrationListView.class);
        test(find(Button.class).withText("Nominate a delegate").single()).click();
        Select<String> attends = find(Select.class).withId("custom-" + sideEvent.id()).single();
        assertThat(find(Select.class).withId("custom-" + workshop.id()).exists()).as("hidden until the side event is chosen").isFalse();
        attends.setValue("true");
        Select<String> choice = find(Select.class).withId("custom-" + workshop.id()).single();
        choice.setValue("Climate and migration");
        find(EmailField.class).single().setValue("greta@example.org");
        find(TextField.class).withId("givenName").single().setValue("Greta");
        find(TextField.class).withId("familyName").single().setValue("Lind");
        find(TextField.class).withId("organisation").single().setValue("Migrant Rights Sweden");
        ((ComboBox<String>) find(ComboBox.class).withId("nationality").single()).setValue("SE");
        ((ComboBox<String>) find(ComboBox.class).withId("residence").single()).setValue("SE");
        test(find(Button.class).withText("Save").single()).click();

        List<RegistrationView> mine = context.getBean(DelegateRegistration.class).list(Actor.of(lead), summitId, RegistrationFilter.all());
        assertThat(mine).hasSize(1);
        assertThat(fields.answers(Actor.of(lead), mine.getFirst().id()))
                .containsExactlyInAnyOrderEntriesOf(Map.of(sideEvent.id(), "true", workshop.id(), "Climate and migration"));
    }
}
