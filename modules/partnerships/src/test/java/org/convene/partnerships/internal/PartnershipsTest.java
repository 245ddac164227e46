package org.convene.partnerships.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.convene.partnerships.ImportProblem;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeImport;
import org.convene.partnerships.PracticePage;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.partnerships.Partnerships;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.testing.DatabaseTest;
import org.convene.testing.Sql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The catalogue on the real database: import, re-import, filters, facets, paging, edits. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipsTest extends DatabaseTest {
    @Inject
    Partnerships partnerships;
    @Inject
    DataSource dataSource;
    Sql sql;

    @BeforeEach
    void emptyCatalogue() {
        sql = new Sql(dataSource);
        sql.update("DELETE FROM partnership_practice");
    }

    private PracticePage search(String sdg, String words, String location) {
        return partnerships.search(new PracticeQuery(sdg, words, location, 1, 20));
    }

    private static List<String> names(PracticePage page) {
        return page.items().stream().map(PracticeView::name).toList();
    }

    @Test
    void the_sample_imports_fully_and_a_second_import_adds_nothing() {
        PracticeImport first = partnerships.importCsv(CsvPracticesTest.sample());

        assertThat(first.imported()).isEqualTo(6);
        assertThat(first.errors()).isEmpty();
        assertThat(sql.count("partnership_practice")).isEqualTo(6);
        assertThat(sql.count("partnership_practice_sdg")).isEqualTo(2 + 4 + 2 + 3 + 2 + 1);

        PracticeImport again = partnerships.importCsv(CsvPracticesTest.sample());
        assertThat(again.imported()).isZero();
        assertThat(again.alreadyPresent()).isEqualTo(6);
        assertThat(again.errors()).isEmpty();
        assertThat(sql.count("partnership_practice")).isEqualTo(6);
    }

    @Test
    void the_good_rows_of_a_file_are_imported_and_every_bad_row_reported() {
        String file = CsvPracticesTest.HEADER + "10.7,Good one,,Nepal,aim,,\n18.2,Bad,,Nepal,aim,,\nten,Worse,,Nepal,aim,,\n11,Good two,,Nepal,aim,,\n";

        PracticeImport result = partnerships.importCsv(file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.errors()).extracting(ImportProblem::row).containsExactly(3, 4);
        assertThat(names(search(null, null, null))).containsExactly("Good one", "Good two");
    }

    @Test
    void a_goal_finds_the_goal_and_all_its_targets_a_target_only_itself() {
        partnerships.importCsv(CsvPracticesTest.sample());

        assertThat(names(search("10", null, null))).containsExactly("GCM National Implementation Plan", "Municipal Council of Immigrants",
                "Remit Hydro", "Skilled Workers Immigration Law");
        assertThat(names(search("10.7", null, null))).containsExactly("GCM National Implementation Plan", "Skilled Workers Immigration Law");
        assertThat(names(search("10.c", null, null))).containsExactly("Remit Hydro");
        assertThat(names(search("SDG 8", null, null))).containsExactly("GCM National Implementation Plan", "Migra Empresas",
                "Skilled Workers Immigration Law");
        assertThat(names(search("8.7", null, null))).containsExactly("GCM National Implementation Plan");
        // "11 & 17.18": a filter by goal 17 finds the target, a filter by target 17.18 too; goal 11 as a whole is no target 11.1.
        assertThat(names(search("17", null, null))).containsExactly("Municipal Council of Immigrants", "Territorial Migration Data Profile");
        assertThat(names(search("17.18", null, null))).containsExactly("Territorial Migration Data Profile");
        assertThat(names(search("11.1", null, null))).isEmpty();
        assertThat(search("3", null, null).total()).isZero();
    }

    @Test
    void a_bad_sdg_filter_page_or_size_is_refused_by_field() {
        for (String bad : List.of("18", "ten", "10.7, 8.8", "10.")) {
            assertThatThrownBy(() -> search(bad, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("sdg"));
        }
        assertThatThrownBy(() -> partnerships.search(new PracticeQuery(null, null, null, 0, 101)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> search(null, "a b c d e f g h i j k", null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::code).containsExactly("practice.words.too-many"));
    }

    @Test
    void words_ignore_case_and_accents_and_must_all_appear_in_name_aim_or_partners() {
        partnerships.importCsv(CsvPracticesTest.sample());

        assertThat(names(search(null, "SÃO paolo", null))).containsExactly("Municipal Council of Immigrants");
        assertThat(names(search(null, "remittances hydro", null))).containsExactly("Remit Hydro");
        assertThat(names(search(null, "jmdi", null))).containsExactly("Territorial Migration Data Profile");
        assertThat(names(search(null, "remittances council", null))).isEmpty();
        assertThat(names(search(null, "100%", null))).isEmpty();
    }

    @Test
    void a_place_is_found_by_its_words_or_by_its_state_in_any_working_language() {
        partnerships.importCsv(CsvPracticesTest.sample());

        assertThat(names(search(null, null, "Brésil"))).containsExactly("Municipal Council of Immigrants");
        assertThat(names(search(null, null, "sedhiou"))).containsExactly("Territorial Migration Data Profile");
        assertThat(names(search(null, null, "DE"))).containsExactly("Skilled Workers Immigration Law");
        assertThat(names(search("11", null, "Chile"))).containsExactly("Migra Empresas");
    }

    @Test
    void a_world_region_finds_the_practices_of_its_states_and_an_unknown_region_is_refused() {
        partnerships.importCsv(CsvPracticesTest.sample());

        assertThat(names(region("150"))).containsExactly("GCM National Implementation Plan", "Skilled Workers Immigration Law");
        assertThat(names(region("019"))).containsExactly("Migra Empresas", "Municipal Council of Immigrants");
        assertThat(names(region("002"))).containsExactly("Territorial Migration Data Profile");
        assertThat(names(region("142"))).containsExactly("Remit Hydro");
        assertThat(region("009").total()).isZero();
        assertThat(region("019").facets()).extracting(PracticePage.GoalCount::goal).containsExactly(8, 10, 11, 16, 17);
        assertThatThrownBy(() -> region("Europe")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("region"));
    }

    private PracticePage region(String m49) {
        return partnerships.search(new PracticeQuery(null, null, null, m49, 1, 20));
    }

    @Test
    void facets_count_practices_per_goal_under_the_other_filters_and_pages_split_the_list() {
        partnerships.importCsv(CsvPracticesTest.sample());

        PracticePage all = search("10.7", null, null);
        assertThat(all.facets()).extracting(PracticePage.GoalCount::goal, PracticePage.GoalCount::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8, 3L), org.assertj.core.groups.Tuple.tuple(10, 4L),
                org.assertj.core.groups.Tuple.tuple(11, 3L), org.assertj.core.groups.Tuple.tuple(16, 1L),
                org.assertj.core.groups.Tuple.tuple(17, 2L));
        assertThat(search(null, null, "Nepal").facets()).extracting(PracticePage.GoalCount::goal).containsExactly(10);

        PracticePage second = partnerships.search(new PracticeQuery(null, null, null, 2, 4));
        assertThat(second.total()).isEqualTo(6);
        assertThat(names(second)).containsExactly("Skilled Workers Immigration Law", "Territorial Migration Data Profile");
    }

    @Test
    void the_chair_office_creates_edits_and_deletes_and_a_duplicate_is_a_conflict() {
        PracticeView made = partnerships.create(new PracticeCommand("Programme de parrainage", "https://example.org/p", "10.7 et 8.8", "2020–2022",
                "Montréal, Canada", null, "Un programme communautaire", "Ville de Montréal", "Soumission"));
        assertThat(made.sdgTargets()).containsExactly("10.7", "8.8");
        assertThat(made.countryCode()).isEqualTo("CA");
        assertThat(partnerships.practice(made.id())).isEqualTo(made);

        PracticeView changed = partnerships.update(made.id(), new PracticeCommand("Programme de parrainage", null, "10.c", "2020–2022",
                "Montréal, Canada", null, "Un autre but", null, null));
        assertThat(changed.sdgTargets()).containsExactly("10.c");
        assertThat(names(search("8", null, null))).isEmpty();

        assertThatThrownBy(() -> partnerships.create(new PracticeCommand("PROGRAMME DE PARRAINAGE", null, "1", "2020-2022",
                "Montreal Canada", null, null, null, null))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("practice.duplicate"));
        assertThat(sql.count("partnership_practice")).isEqualTo(1);

        partnerships.delete(made.id());
        assertThat(sql.count("partnership_practice")).isZero();
        assertThat(sql.count("partnership_practice_sdg")).isZero();
    }

    @Test
    void a_practice_with_bad_fields_saves_nothing() {
        assertThatThrownBy(() -> partnerships.create(new PracticeCommand(" ", "mailto:x@example.org", "18", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("name", "link", "sdgTargets"));
        assertThat(sql.count("partnership_practice")).isZero();
    }

    @Test
    void arabic_chinese_and_cyrillic_texts_are_kept() {
        PracticeView made = partnerships.create(new PracticeCommand("برنامج الإدماج", null, "10", null, "الرباط، المغرب", null,
                "移民融合", "Министерство труда", null));
        assertThat(partnerships.practice(made.id())).satisfies(p -> {
            assertThat(p.name()).isEqualTo("برنامج الإدماج");
            assertThat(p.aim()).isEqualTo("移民融合");
            assertThat(p.partners()).isEqualTo("Министерство труда");
        });
        assertThat(names(search(null, "министерство", null))).containsExactly("برنامج الإدماج");
    }
}
