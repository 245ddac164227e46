package org.convene.partnerships.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** A published outcome's sanitised HTML as plain text: one paragraph or list item a line, items marked "· ". */
final class OutcomeText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote");

    private OutcomeText() {
    }

    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text());
                } else if (node instanceof Element e && e.normalName().equals("li")) {
                    text.append("\n· ");
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    text.append('\n');
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        return text.toString().lines().map(l -> l.replaceAll("\\s+", " ").strip()).filter(l -> !l.isEmpty() && !l.equals("·"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
