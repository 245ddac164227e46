package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitLimits;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Names and texts in any script are stored and answered intact, and limits count characters. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextsInAnyScriptTest extends SummitModuleTest {
    private long germanyMorocco;
    private long berlin;

    @BeforeEach
    void oneSummit() {
        germanyMorocco = createGermanyMorocco();
        berlin = createBerlin(germanyMorocco);
    }

    @Test
    void arabic_chinese_and_cyrillic_summit_texts_round_trip_intact() {
        for (String title : List.of("القمة العالمية للهجرة والتنمية", "全球移民与发展论坛峰会", "Глобальный форум по миграции и развитию")) {
            SummitCommand command = new SummitCommand(germanyMorocco, title, null, "الرباط · 北京 · Москва", "Дворец конгрессов",
                    LocalDate.parse("2018-12-05"), LocalDate.parse("2018-12-07"), "移民与可持续发展");

            SummitView created = summits.create(command);

            assertThat(summits.find(created.id()).orElseThrow())
                    .extracting(SummitView::title, SummitView::city, SummitView::venue, SummitView::overarchingTheme)
                    .containsExactly(title, "الرباط · 北京 · Москва", "Дворец конгрессов", "移民与可持续发展");
        }
    }

    @Test
    void a_title_one_character_over_the_limit_is_refused_however_few_characters_it_looks() {
        Problem.invalid(() -> summits.create(new SummitCommand(germanyMorocco, "𠜎".repeat(SummitLimits.TITLE_MAX + 1), null, "Berlin", "Weltsaal",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null)), "title", "validation.too-long");
    }

    @Test
    void a_title_of_the_longest_length_in_characters_outside_the_basic_plane_round_trips() {
        // Characters that each take two Java chars and four bytes: the limit counts characters.
        String title = "𠜎".repeat(SummitLimits.TITLE_MAX);

        SummitView created = summits.create(new SummitCommand(germanyMorocco, title, null, "Berlin", "Weltsaal",
                LocalDate.parse("2017-06-28"), LocalDate.parse("2017-06-30"), null));

        assertThat(summits.find(created.id()).orElseThrow().title()).isEqualTo(title);
    }

    @Test
    void arabic_chinese_and_cyrillic_theme_texts_round_trip_intact() {
        List<String> titles = List.of("هجرة اليد العاملة", "劳务移民", "Трудовая миграция");
        for (String title : titles) {
            setup.addTheme(berlin, new ThemeCommand(title, "الشراكات · 伙伴关系 · партнёрства", null));
        }

        assertThat(setup.themes(berlin)).extracting(ThemeView::title).containsExactlyElementsOf(titles);
        assertThat(setup.themes(berlin)).extracting(ThemeView::description).containsOnly("الشراكات · 伙伴关系 · партнёрства");
    }

    @Test
    void arabic_chinese_and_cyrillic_room_names_round_trip_intact() {
        List<String> names = List.of("قاعة المؤتمرات الكبرى", "第一会议室", "Зал заседаний");
        for (String name : names) {
            setup.addRoom(berlin, new RoomCommand(name, 100, "الطابق الأول · 一楼 · первый этаж"));
        }

        assertThat(setup.rooms(berlin)).extracting(RoomView::name).containsExactlyInAnyOrderElementsOf(names);
        assertThat(setup.rooms(berlin)).extracting(RoomView::floorArea).containsOnly("الطابق الأول · 一楼 · первый этаж");
    }
}
