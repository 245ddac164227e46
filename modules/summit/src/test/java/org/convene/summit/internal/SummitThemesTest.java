package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.convene.identity.NewUser;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.identity.UserManagement;
import org.convene.platform.NotFoundException;
import org.convene.summit.SummitLimits;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitThemesTest extends SummitModuleTest {
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Inject
    UserManagement users;
    private long berlin;

    @BeforeEach
    void oneSummit() {
        berlin = createBerlin(createGermanyMorocco());
    }

    @Test
    void themes_are_numbered_from_one_in_the_order_they_are_added() {
        setup.addTheme(berlin, theme("Labour migration"));
        setup.addTheme(berlin, theme("Public narratives on migration"));
        setup.addTheme(berlin, theme("Migrants in crisis situations"));

        assertThat(setup.themes(berlin)).extracting(ThemeView::position, ThemeView::title).containsExactly(
                tuple(1, "Labour migration"),
                tuple(2, "Public narratives on migration"),
                tuple(3, "Migrants in crisis situations"));
    }

    @Test
    void a_theme_is_stored_stripped_with_its_resource_person() {
        long person = resourcePerson();

        ThemeView added = setup.addTheme(berlin, new ThemeCommand("  Labour migration ", "  Skills partnerships\n", person));

        assertThat(setup.theme(added.id())).isEqualTo(new ThemeView(added.id(), berlin, 1, "Labour migration", "Skills partnerships", person));
    }

    @Test
    void a_theme_with_an_unknown_resource_person_is_refused_and_not_stored() {
        Problem.invalid(() -> setup.addTheme(berlin, new ThemeCommand("Labour migration", null, 424242L)),
                "resourcePersonId", "theme.resource-person.unknown");

        assertThat(tables.count("summit_theme")).isZero();
    }

    @Test
    void a_theme_needs_a_title_of_bounded_length_and_a_bounded_description() {
        Problem.invalid(() -> setup.addTheme(berlin, theme(" ")), "title", "validation.required");
        Problem.invalid(() -> setup.addTheme(berlin, theme("t".repeat(SummitLimits.THEME_TITLE_MAX + 1))), "title", "validation.too-long");
        Problem.invalid(() -> setup.addTheme(berlin, new ThemeCommand("Labour migration", "d".repeat(SummitLimits.THEME_DESCRIPTION_MAX + 1), null)),
                "description", "validation.too-long");

        assertThat(tables.count("summit_theme")).isZero();
    }

    @Test
    void update_changes_title_description_and_resource_person_but_keeps_the_number() {
        setup.addTheme(berlin, theme("Labour migration"));
        ThemeView second = setup.addTheme(berlin, theme("Narratives"));
        long person = resourcePerson();

        ThemeView updated = setup.updateTheme(second.id(), new ThemeCommand("Public narratives on migration", "With the Mayors Mechanism", person));

        assertThat(updated).isEqualTo(new ThemeView(second.id(), berlin, 2, "Public narratives on migration", "With the Mayors Mechanism", person));
        assertThat(setup.theme(second.id())).isEqualTo(updated);
    }

    @Test
    void an_invalid_update_leaves_the_theme_as_it_was() {
        ThemeView added = setup.addTheme(berlin, theme("Labour migration"));

        Problem.invalid(() -> setup.updateTheme(added.id(), new ThemeCommand("", null, 424242L)), "resourcePersonId",
                "theme.resource-person.unknown");

        assertThat(setup.theme(added.id())).isEqualTo(added);
    }

    @Test
    void deleting_a_theme_numbers_the_following_ones_up() {
        setup.addTheme(berlin, theme("Labour migration"));
        ThemeView second = setup.addTheme(berlin, theme("Narratives"));
        setup.addTheme(berlin, theme("Migrants in crisis situations"));

        setup.deleteTheme(second.id());

        assertThat(setup.themes(berlin)).extracting(ThemeView::position).containsExactly(1, 2);
        assertThat(setup.themes(berlin)).extracting(ThemeView::title).containsExactly("Labour migration", "Migrants in crisis situations");
        assertThat(setup.addTheme(berlin, theme("Climate and migration")).position()).isEqualTo(3);
    }

    @Test
    void unknown_summits_and_themes_are_not_found() {
        assertThatThrownBy(() -> setup.themes(424242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.addTheme(424242, theme("Labour migration"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.theme(424242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.updateTheme(424242, theme("Labour migration"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.deleteTheme(424242)).isInstanceOf(NotFoundException.class);
    }

    private static ThemeCommand theme(String title) {
        return new ThemeCommand(title, null, null);
    }

    private long resourcePerson() {
        int n = PEOPLE.incrementAndGet();
        return users.create(new NewUser("resource.person" + n + "@example.org", "Amina Diallo " + n, "a-long-enough-password",
                "fr", List.of(RoleGrant.of(Role.RESOURCE_PERSON)))).id();
    }
}
