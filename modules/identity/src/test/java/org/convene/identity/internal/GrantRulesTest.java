package org.convene.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.convene.identity.Mechanism;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantRulesTest {

    @Test
    void a_grant_reads_back_from_its_text_with_or_without_a_scope() {
        for (RoleGrant grant : List.of(RoleGrant.of(Role.CHAIR_OFFICE), new RoleGrant(Role.ATTENDEE, "12"),
                new RoleGrant(Role.MECHANISM_LEAD, "CIVIL_SOCIETY"))) {
            assertThat(RoleGrant.parse(grant.text())).isEqualTo(grant);
        }
        assertThat(new RoleGrant(Role.FOCAL_POINT, "DE").text()).isEqualTo("FOCAL_POINT:DE");
    }

    @Test
    void chair_office_without_a_scope_is_accepted_and_a_blank_scope_counts_as_none() {
        assertThat(codesFor(RoleGrant.of(Role.CHAIR_OFFICE))).isEmpty();
        assertThat(codesFor(new RoleGrant(Role.CHECK_IN, "  "))).isEmpty();
    }

    @Test
    void chair_office_with_a_scope_is_refused() {
        assertThat(codesFor(new RoleGrant(Role.CHAIR_OFFICE, "DE"))).containsExactly("user.grant.no-scope");
    }

    @ParameterizedTest
    @EnumSource(Mechanism.class)
    void mechanism_lead_of_each_mechanism_is_accepted(Mechanism mechanism) {
        assertThat(codesFor(new RoleGrant(Role.MECHANISM_LEAD, mechanism.name()))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"civil_society", "UNIONS", "DE"})
    void mechanism_lead_without_one_of_the_three_mechanisms_is_refused(String scope) {
        assertThat(codesFor(new RoleGrant(Role.MECHANISM_LEAD, scope))).containsExactly("user.grant.mechanism");
    }

    @Test
    void focal_point_of_a_state_given_by_its_iso_code_is_accepted() {
        assertThat(codesFor(new RoleGrant(Role.FOCAL_POINT, "DE"), new RoleGrant(Role.FOCAL_POINT, " MA "))).isEmpty();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"XX", "de", "DEU", "Germany"})
    void focal_point_without_a_valid_iso_code_is_refused(String scope) {
        assertThat(codesFor(new RoleGrant(Role.FOCAL_POINT, scope))).containsExactly("user.grant.state");
    }

    @Test
    void the_same_grant_twice_is_refused_even_when_spaced_differently() {
        assertThat(codesFor(RoleGrant.of(Role.ATTENDEE), RoleGrant.of(Role.ATTENDEE))).containsExactly("user.grant.duplicate");
        assertThat(codesFor(new RoleGrant(Role.FOCAL_POINT, "DE"), new RoleGrant(Role.FOCAL_POINT, " DE")))
                .containsExactly("user.grant.duplicate");
    }

    @Test
    void one_role_with_two_scopes_is_not_a_duplicate() {
        assertThat(codesFor(new RoleGrant(Role.FOCAL_POINT, "DE"), new RoleGrant(Role.FOCAL_POINT, "FR"))).isEmpty();
    }

    @Test
    void rapporteur_takes_an_optional_scope_of_at_most_64_characters() {
        assertThat(codesFor(RoleGrant.of(Role.RAPPORTEUR))).isEmpty();
        assertThat(codesFor(new RoleGrant(Role.RAPPORTEUR, "r".repeat(64)))).isEmpty();
        assertThat(codesFor(new RoleGrant(Role.RAPPORTEUR, "r".repeat(65)))).containsExactly("validation.too-long");
    }

    @Test
    void a_scope_is_measured_in_characters_not_in_utf16_units() {
        String ideographs = "\uD840\uDC00".repeat(64);

        assertThat(codesFor(new RoleGrant(Role.RESOURCE_PERSON, ideographs))).isEmpty();
    }

    @Test
    void a_grant_without_a_role_is_refused() {
        assertThat(codesFor(new RoleGrant(null, null), null)).containsExactly("user.grant.role-required", "user.grant.role-required");
    }

    @Test
    void every_grant_problem_is_reported_on_the_grants_field() {
        List<FieldProblem> problems = problemsOf(new RoleGrant(Role.CHAIR_OFFICE, "DE"), new RoleGrant(Role.FOCAL_POINT, "XX"));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("grants", "grants");
    }

    @Test
    void no_grants_at_all_is_accepted() {
        Problems problems = new Problems();
        GrantRules.check(null, problems);
        GrantRules.check(List.of(), problems);

        assertThat(problems.isEmpty()).isTrue();
    }

    private static List<String> codesFor(RoleGrant... grants) {
        return problemsOf(grants).stream().map(FieldProblem::code).toList();
    }

    private static List<FieldProblem> problemsOf(RoleGrant... grants) {
        Problems problems = new Problems();
        GrantRules.check(Arrays.asList(grants), problems);
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, problems::throwIfAny);
        return refused == null ? List.of() : refused.problems();
    }
}
