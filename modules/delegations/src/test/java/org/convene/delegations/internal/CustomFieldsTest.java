package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.GroupKind;
import org.convene.delegations.RegistrationView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.convene.testing.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomFieldsTest extends DelegationsModuleTest {
    @Inject
    CustomFields fields;

    private CustomFieldView define(String label, CustomFieldType type, List<String> choices, boolean required, Long when, String value) {
        return fields.define(Actors.CHAIR_OFFICE, berlin, new CustomFieldCommand(label, type, choices, required, when, value));
    }

    @Test
    void the_chair_office_adds_fields_of_every_type_in_form_order() {
        CustomFieldView visa = define(" Needs a visa letter ", CustomFieldType.YES_NO, null, true, null, null);
        CustomFieldView passport = define("Passport number", CustomFieldType.TEXT, List.of("ignored"), false, visa.id(), "true");
        CustomFieldView session = define("Side event", CustomFieldType.CHOICE, List.of("Labour mobility", " Climate ", "climate", ""), false, null, null);
        CustomFieldView arrival = define("Arrival", CustomFieldType.DATE, null, false, null, null);

        assertThat(fields.list(berlin)).extracting(CustomFieldView::label, CustomFieldView::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Needs a visa letter", 1), org.assertj.core.groups.Tuple.tuple("Passport number", 2),
                        org.assertj.core.groups.Tuple.tuple("Side event", 3), org.assertj.core.groups.Tuple.tuple("Arrival", 4));
        assertThat(passport.choices()).isEmpty();
        assertThat(session.choices()).containsExactly("Labour mobility", "Climate");
        assertThat(arrival.type()).isEqualTo(CustomFieldType.DATE);
    }

    @Test
    void bad_definitions_are_refused_with_every_problem_and_nothing_saved() {
        CustomFieldView text = define("Dietary detail", CustomFieldType.TEXT, null, false, null, null);

        Problem.invalid(() -> define(" ", null, null, false, null, null), "label", "validation.required");
        Problem.invalid(() -> define("Side event", CustomFieldType.CHOICE, List.of(" "), false, null, null), "choices", "custom-field.choices.required");
        Problem.invalid(() -> define("Line", CustomFieldType.CHOICE, List.of("a\nb"), false, null, null), "choices", "custom-field.choice.invalid");
        Problem.invalid(() -> define("Depends on text", CustomFieldType.TEXT, null, false, text.id(), "x"), "shownWhenFieldId",
                "custom-field.condition.unknown");
        Problem.invalid(() -> define("Depends on nothing", CustomFieldType.TEXT, null, false, 999_999L, "x"), "shownWhenFieldId",
                "custom-field.condition.unknown");
        CustomFieldView visa = define("Visa", CustomFieldType.YES_NO, null, false, null, null);
        Problem.invalid(() -> define("Passport", CustomFieldType.TEXT, null, false, visa.id(), "maybe"), "shownWhenValue",
                "custom-field.condition.value");
        Problem.invalid(() -> fields.define(Actors.CHAIR_OFFICE, berlin + 1000, new CustomFieldCommand("x", CustomFieldType.TEXT, null, null, null, null)),
                "summitId", "group.summit.unknown");
        Problem.conflict(() -> define("dietary DETAIL", CustomFieldType.TEXT, null, false, null, null), "label", "custom-field.exists");
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_custom_field")).isEqualTo(2);
    }

    @Test
    void a_condition_points_only_backwards_so_no_cycle_can_form() {
        CustomFieldView first = define("First", CustomFieldType.YES_NO, null, false, null, null);
        CustomFieldView second = define("Second", CustomFieldType.YES_NO, null, false, first.id(), "true");

        Problem.invalid(() -> fields.change(Actors.CHAIR_OFFICE, first.id(),
                new CustomFieldCommand("First", CustomFieldType.YES_NO, null, false, second.id(), "true")), "shownWhenFieldId", "custom-field.condition.unknown");
        Problem.invalid(() -> fields.change(Actors.CHAIR_OFFICE, first.id(),
                new CustomFieldCommand("First", CustomFieldType.YES_NO, null, false, first.id(), "true")), "shownWhenFieldId", "custom-field.condition.unknown");
    }

    @Test
    void a_field_others_depend_on_keeps_the_answers_they_wait_for() {
        CustomFieldView format = define("Format", CustomFieldType.CHOICE, List.of("In person", "Online"), false, null, null);
        define("Hotel", CustomFieldType.TEXT, null, false, format.id(), "In person");

        Problem.conflict(() -> fields.change(Actors.CHAIR_OFFICE, format.id(),
                new CustomFieldCommand("Format", CustomFieldType.CHOICE, List.of("Online"), false, null, null)), "choices", "custom-field.in-use");
        Problem.conflict(() -> fields.change(Actors.CHAIR_OFFICE, format.id(),
                new CustomFieldCommand("Format", CustomFieldType.TEXT, null, false, null, null)), "choices", "custom-field.in-use");
        Problem.conflict(() -> fields.delete(Actors.CHAIR_OFFICE, format.id()), "id", "custom-field.in-use");
        CustomFieldView renamed = fields.change(Actors.CHAIR_OFFICE, format.id(),
                new CustomFieldCommand("Attendance", CustomFieldType.CHOICE, List.of("In person", "Online", "Hybrid"), true, null, null));
        assertThat(renamed.label()).isEqualTo("Attendance");
        assertThat(renamed.choices()).containsExactly("In person", "Online", "Hybrid");
        assertThat(renamed.required()).isTrue();
    }

    @Test
    void answers_are_checked_and_saved_with_the_nomination_and_hidden_ones_dropped() {
        long mayors = group(GroupKind.MAYORS, 5);
        CustomFieldView visa = define("Visa letter", CustomFieldType.YES_NO, null, true, null, null);
        CustomFieldView passport = define("Passport number", CustomFieldType.TEXT, null, true, visa.id(), "true");
        CustomFieldView arrival = define("Arrival", CustomFieldType.DATE, null, false, null, null);
        CustomFieldView track = define("Track", CustomFieldType.CHOICE, List.of("Cities", "Labour"), false, null, null);

        RegistrationView withVisa = registration.nominate(Actors.CHAIR_OFFICE, mayors, People.delegate("a@city.example"),
                Map.of(visa.id(), "Oui", passport.id(), " P1234567 ", arrival.id(), "2017-06-27", track.id(), "cities"));
        RegistrationView withoutVisa = registration.nominate(Actors.CHAIR_OFFICE, mayors, People.delegate("b@city.example"),
                Map.of(visa.id(), "no", passport.id(), "left over from before"));

        assertThat(fields.answers(Actors.CHAIR_OFFICE, withVisa.id())).containsExactlyInAnyOrderEntriesOf(
                Map.of(visa.id(), "true", passport.id(), "P1234567", arrival.id(), "2017-06-27", track.id(), "Cities"));
        assertThat(fields.answers(Actors.CHAIR_OFFICE, withoutVisa.id())).containsExactlyEntriesOf(Map.of(visa.id(), "false"));
    }

    @Test
    void a_nomination_with_bad_answers_reports_them_with_the_persons_problems_and_saves_nothing() {
        long mayors = group(GroupKind.MAYORS, 5);
        CustomFieldView visa = define("Visa letter", CustomFieldType.YES_NO, null, true, null, null);
        CustomFieldView passport = define("Passport number", CustomFieldType.TEXT, null, true, visa.id(), "true");
        CustomFieldView arrival = define("Arrival", CustomFieldType.DATE, null, false, null, null);
        CustomFieldView track = define("Track", CustomFieldType.CHOICE, List.of("Cities", "Labour"), false, null, null);
        Map<Long, String> bad = new HashMap<>(Map.of(visa.id(), "true", arrival.id(), "27/06/2017", track.id(), "Space"));
        bad.put(123_456L, "unknown");

        var badPerson = new org.convene.delegations.Person(null, "Diallo", null, null, "Network", null, "SN", "SN", null,
                "c@city.example", org.convene.delegations.DelegateRole.DELEGATE, null, null);
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, badPerson, bad), "givenName", "validation.required");
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, badPerson, bad), passport.problemField(), "validation.required");
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, badPerson, bad), arrival.problemField(), "custom-field.answer.date");
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, badPerson, bad), track.problemField(), "custom-field.answer.choice");
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, badPerson, bad), "custom.123456", "custom-field.unknown");
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, mayors, People.delegate("d@city.example")), visa.problemField(),
                "validation.required");
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration")).isZero();
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_custom_answer")).isZero();
    }

    @Test
    void answers_are_changed_and_read_only_by_those_who_see_the_registration() {
        long civilSociety = group(GroupKind.CIVIL_SOCIETY, 5);
        CustomFieldView visa = define("Visa letter", CustomFieldType.YES_NO, null, false, null, null);
        RegistrationView r = registration.nominate(Actors.CIVIL_SOCIETY_LEAD, civilSociety, People.delegate("e@ngo.example"), Map.of());

        assertThat(fields.answer(Actors.CIVIL_SOCIETY_LEAD, r.id(), Map.of(visa.id(), "yes"))).containsExactlyEntriesOf(Map.of(visa.id(), "true"));
        assertThatThrownBy(() -> fields.answers(Actors.BUSINESS_LEAD, r.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fields.answer(Actors.BUSINESS_LEAD, r.id(), Map.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fields.define(Actors.CIVIL_SOCIETY_LEAD, berlin, new CustomFieldCommand("x", CustomFieldType.TEXT, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fields.answers(Actors.CHAIR_OFFICE, r.id())).containsEntry(visa.id(), "true");
    }

    @Test
    void deleting_a_field_deletes_its_answers() {
        long mayors = group(GroupKind.MAYORS, 5);
        CustomFieldView arrival = define("Arrival", CustomFieldType.DATE, null, false, null, null);
        registration.nominate(Actors.CHAIR_OFFICE, mayors, People.delegate("f@city.example"), Map.of(arrival.id(), "2017-06-27"));

        fields.delete(Actors.CHAIR_OFFICE, arrival.id());

        assertThat(fields.list(berlin)).isEmpty();
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_custom_answer")).isZero();
    }

    @Test
    void fields_added_at_the_same_moment_each_get_their_own_position() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<CustomFieldView>> adds = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String label = "Question " + i;
                adds.add(() -> define(label, CustomFieldType.TEXT, null, false, null, null));
            }
            for (Future<CustomFieldView> added : pool.invokeAll(adds)) {
                added.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fields.list(berlin)).extracting(CustomFieldView::position)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 16).boxed().toList());
    }
}
