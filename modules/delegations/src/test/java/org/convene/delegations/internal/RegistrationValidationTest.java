package org.convene.delegations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.DelegationLimits;
import org.convene.delegations.Gender;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationValidationTest extends DelegationsModuleTest {
    private long civilSociety;

    @BeforeEach
    void aCivilSocietyGroup() {
        civilSociety = group(GroupKind.CIVIL_SOCIETY, 10);
    }

    /** Each case turns a valid person into an invalid one. */
    static Stream<Arguments> invalidPeople() {
        return Stream.of(
                invalid("no given name", p -> with(p, " ", p.familyName(), null, null), "givenName", "validation.required"),
                invalid("a too long family name (counted in code points)", p -> with(p, p.givenName(), "ж".repeat(DelegationLimits.NAME_MAX + 1),
                        null, "Zh"), "familyName", "validation.too-long"),
                invalid("an Arabic name without its Latin form", p -> with(p, "أمينة", p.familyName(), null, null),
                        "latinGivenName", "registration.latin-name.required"),
                invalid("a Latin form in another script", p -> with(p, p.givenName(), p.familyName(), "Амина", null),
                        "latinGivenName", "registration.latin-name.not-latin"),
                invalid("no organisation", p -> new Person(p.givenName(), p.familyName(), null, null, null, null, "SN", "DE", null,
                        p.email(), p.role(), null, null), "organisation", "validation.required"),
                invalid("an unknown nationality", p -> new Person(p.givenName(), p.familyName(), null, null, "Org", null, "XX", "DE", null,
                        p.email(), p.role(), null, null), "nationality", "registration.country.unknown"),
                invalid("no country of residence", p -> new Person(p.givenName(), p.familyName(), null, null, "Org", null, "SN", null, null,
                        p.email(), p.role(), null, null), "residence", "validation.required"),
                invalid("a malformed e-mail", p -> new Person(p.givenName(), p.familyName(), null, null, "Org", null, "SN", "DE", null,
                        "amina.example.org", p.role(), null, null), "email", "validation.email"),
                invalid("no role", p -> new Person(p.givenName(), p.familyName(), null, null, "Org", null, "SN", "DE", null,
                        p.email(), null, null, null), "role", "validation.required"),
                invalid("too long dietary needs", p -> new Person(p.givenName(), p.familyName(), null, null, "Org", null, "SN", "DE", null,
                        p.email(), p.role(), null, "x".repeat(DelegationLimits.NEEDS_MAX + 1)), "dietaryNeeds", "validation.too-long"));
    }

    @ParameterizedTest(name = "a person with {0} is refused")
    @MethodSource("invalidPeople")
    void an_invalid_person_is_refused_and_nothing_is_stored(String what, UnaryOperator<Person> change, String field, String code) {
        Problem.invalid(() -> registration.nominate(Actors.CHAIR_OFFICE, civilSociety, change.apply(People.delegate("amina@example.org"))),
                field, code);

        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration")).isZero();
    }

    @Test
    void a_person_belongs_to_one_group_per_summit_whatever_the_case_of_the_e_mail() {
        long business = group(GroupKind.BUSINESS, 10);
        nominate(civilSociety, "amina@example.org");

        Problem.conflict(() -> nominate(business, " Amina@Example.org "), "email", "registration.email.taken");
        Problem.conflict(() -> nominate(civilSociety, "amina@example.org"), "email", "registration.email.taken");
        assertThat(tables.number("SELECT COUNT(*) FROM delegation_registration")).isEqualTo(1);
    }

    @Test
    void names_in_arabic_chinese_and_cyrillic_come_back_as_given_with_their_latin_forms() {
        RegistrationView arabic = nominate(civilSociety, "amina@example.org", "أمينة", "المنصوري", "Amina", "Al Mansouri");
        RegistrationView chinese = nominate(civilSociety, "li@example.org", "丽", "王", "Li", "Wang");
        RegistrationView cyrillic = nominate(civilSociety, "olga@example.org", "Ольга", "Петрова", "Olga", "Petrova");

        assertThat(registration.find(Actors.CHAIR_OFFICE, arabic.id()).person())
                .extracting(Person::givenName, Person::familyName, Person::latinFamilyName)
                .containsExactly("أمينة", "المنصوري", "Al Mansouri");
        assertThat(registration.find(Actors.CHAIR_OFFICE, chinese.id()).person().familyName()).isEqualTo("王");
        assertThat(registration.find(Actors.CHAIR_OFFICE, cyrillic.id()).person())
                .extracting(Person::givenName, Person::familyName).containsExactly("Ольга", "Петрова");
    }

    @Test
    void a_person_is_stored_trimmed_with_the_e_mail_in_lower_case_and_country_codes_in_capitals() {
        Person person = new Person(" Amina ", "Diallo", null, null, " Migrants Network ", null, "sn", " de", Gender.UNDISCLOSED,
                " Amina@Example.ORG", DelegateRole.ADVISER, "wheelchair access", null);

        Person stored = registration.nominate(Actors.CHAIR_OFFICE, civilSociety, person).person();

        assertThat(stored).isEqualTo(new Person("Amina", "Diallo", null, null, "Migrants Network", null, "SN", "DE", Gender.UNDISCLOSED,
                "amina@example.org", DelegateRole.ADVISER, "wheelchair access", null));
    }

    private RegistrationView nominate(long groupId, String email, String given, String family, String latinGiven, String latinFamily) {
        return registration.nominate(Actors.CHAIR_OFFICE, groupId, with(People.delegate(email), given, family, latinGiven, latinFamily));
    }

    private static Person with(Person p, String given, String family, String latinGiven, String latinFamily) {
        return new Person(given, family, latinGiven, latinFamily, p.organisation(), p.title(), p.nationality(), p.residence(),
                p.gender(), p.email(), p.role(), p.accessibilityNeeds(), p.dietaryNeeds());
    }

    private static Arguments invalid(String what, UnaryOperator<Person> change, String field, String code) {
        return Arguments.of(what, change, field, code);
    }
}
