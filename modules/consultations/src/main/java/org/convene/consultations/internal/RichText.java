package org.convene.consultations.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Observations are typed as Markdown (no rich-text editor is free in Vaadin, see decision 0007);
 * commonmark turns them into HTML and an allow-list policy keeps only basic formatting and
 * http, https and mailto links, which get rel="nofollow". Scripts, event handlers, styles and
 * javascript: URLs never survive.
 */
final class RichText {
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("nofollow")
            .toFactory();
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private RichText() {
    }

    static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))).strip();
    }
}
