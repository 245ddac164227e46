package org.convene.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.documents.ConsultationReport.Block;
import org.convene.documents.ConsultationReport.Kind;
import org.junit.jupiter.api.Test;

/** What survives of written rich text, and how it prints. */
class RichTextTest {
    @Test
    void markdown_formatting_lists_and_links_are_kept_with_nofollow() {
        String html = RichText.html("**Key** point and *nuance*.\n\n- one\n- two\n\n1. first\n\n[site](https://example.org) <a href=\"mailto:a@b.org\">mail</a>");
        assertThat(html).contains("<strong>Key</strong>", "<em>nuance</em>", "<ul>", "<li>one</li>", "<ol>", "<li>first</li>",
                "<a href=\"https://example.org\" rel=\"nofollow\">site</a>", "<a href=\"mailto:a&#64;b.org\" rel=\"nofollow\">mail</a>");
    }

    @Test
    void script_tags_event_handlers_and_javascript_links_are_removed() {
        String html = RichText.html("Before <script>alert('x')</script> <b onclick=\"steal()\">bold</b> "
                + "<a href=\"javascript:alert(1)\">bad</a> <img src=x onerror=alert(1)> <span style=\"color:red\">after</span>");
        assertThat(html).doesNotContain("script", "alert", "onclick", "steal", "javascript", "<img", "onerror", "style", "<span")
                .contains("Before", "<b>bold</b>", "bad", "after");
    }

    @Test
    void blank_text_has_no_html() {
        assertThat(RichText.html("  \n")).isEmpty();
    }

    @Test
    void sanitised_html_becomes_paragraphs_and_numbered_items_with_formatting() {
        List<Block> blocks = RichText.blocks(RichText.html("Intro **strong**\n\n1. alpha\n2. beta\n\n- gamma"));
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.PARAGRAPH, Kind.NUMBERED, Kind.NUMBERED, Kind.BULLET);
        assertThat(blocks.get(0).runs()).anySatisfy(r -> assertThat(r.text()).isEqualTo("strong")).anySatisfy(r -> assertThat(r.bold()).isTrue());
        assertThat(blocks.get(2).number()).isEqualTo(2);
        assertThat(blocks.get(3).runs().getFirst().text()).isEqualTo("gamma");
    }

    @Test
    void a_list_item_whose_script_was_removed_prints_as_one_item_without_stray_line_breaks() {
        List<Block> blocks = RichText.blocks(RichText.html("- first\n- <script>bad()</script>second\n  point"));
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.BULLET, Kind.BULLET);
        assertThat(String.join("", blocks.get(1).runs().stream().map(r -> r.text()).toList())).isEqualTo("second point");
    }
}
