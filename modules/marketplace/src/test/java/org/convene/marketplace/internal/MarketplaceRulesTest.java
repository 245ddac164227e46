package org.convene.marketplace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.convene.marketplace.BoothCommand;
import org.convene.marketplace.FloorPlanView;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.junit.jupiter.api.Test;

class MarketplaceRulesTest {
    private static final FloorPlanView GRID = new FloorPlanView(1, 6, 4, false, null, null);
    private static final BoothRow A1 = new BoothRow(1L, 1, "A1", 9, 0, 0, 2, 2);

    @Test
    void only_absolute_http_and_https_links_with_a_host_are_web_links() {
        assertThat(MarketplaceRules.isWebLink("https://example.org/atlas?lang=fr")).isTrue();
        assertThat(MarketplaceRules.isWebLink("HTTP://example.org")).isTrue();
        assertThat(MarketplaceRules.isWebLink("javascript:alert(1)")).isFalse();
        assertThat(MarketplaceRules.isWebLink("data:text/html,<b>x</b>")).isFalse();
        assertThat(MarketplaceRules.isWebLink("ftp://example.org/file")).isFalse();
        assertThat(MarketplaceRules.isWebLink("//example.org/x")).isFalse();
        assertThat(MarketplaceRules.isWebLink("https:///nohost")).isFalse();
        assertThat(MarketplaceRules.isWebLink("https://exa mple.org")).isFalse();
    }

    @Test
    void booths_that_share_a_cell_overlap_and_booths_that_touch_do_not() {
        assertThat(MarketplaceRules.overlap(1, 1, 1, 1, A1)).isTrue();
        assertThat(MarketplaceRules.overlap(2, 0, 1, 1, A1)).isFalse();
        assertThat(MarketplaceRules.overlap(0, 2, 3, 1, A1)).isFalse();
    }

    @Test
    void a_booth_is_stored_with_its_code_upper_cased_and_must_lie_on_the_plan() {
        assertThat(MarketplaceRules.checkBooth(1, null, new BoothCommand(" b2 ", 9, 4, 0, 2, 1), GRID, List.of(A1)).code()).isEqualTo("B2");
        assertThatThrownBy(() -> MarketplaceRules.checkBooth(1, null, new BoothCommand("B2", 9, 5, 0, 2, 1), GRID, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MarketplaceRules.checkBooth(1, null, new BoothCommand("B2", 9, -1, 0, 1, 1), GRID, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MarketplaceRules.checkBooth(1, null, new BoothCommand("B2", 0, 3, 0, 1, 1), GRID, List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> MarketplaceRules.checkBooth(1, null, new BoothCommand("B2", 9, 1, 1, 1, 1), GRID, List.of(A1)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_slot_that_starts_as_another_ends_is_no_clash() {
        StageSlotRow noon = new StageSlotRow(1L, 1, LocalDateTime.parse("2017-06-29T12:00"), LocalDateTime.parse("2017-06-29T12:20"));
        MarketplaceRules.checkSlot(LocalDateTime.parse("2017-06-29T12:20"), 20, List.of(noon));
        MarketplaceRules.checkSlot(LocalDateTime.parse("2017-06-29T11:40"), 20, List.of(noon));
        assertThatThrownBy(() -> MarketplaceRules.checkSlot(LocalDateTime.parse("2017-06-29T11:50"), 20, List.of(noon)))
                .isInstanceOf(ConflictException.class);
    }
}
