package org.convene.documents;

import java.util.List;
import org.commonmark.parser.Parser;
import org.convene.documents.ConsultationReport.Block;
import org.convene.documents.internal.HtmlBlocks;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text (observations, outcomes) is typed as Markdown (no rich-text editor is free in Vaadin, see decision 0007);
 * commonmark turns them into HTML and an allow-list policy keeps only basic formatting and
 * http, https and mailto links, which get rel="nofollow". Scripts, event handlers, styles and
 * javascript: URLs never survive.
 */
public final class RichText {
    /** The allow-list: what is stored is what this policy lets through, and only that prints. */
    public static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow")
            .toFactory();
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private RichText() {
    }

    /** The sanitised HTML of what was typed; empty for a blank text. */
    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
    }

    /** Sanitised HTML as the blocks a PDF prints: paragraphs and list items of formatted runs. */
    public static List<Block> blocks(String html) {
        return HtmlBlocks.of(html);
    }
}
