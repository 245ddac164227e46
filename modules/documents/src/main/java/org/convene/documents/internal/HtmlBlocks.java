package org.convene.documents.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.convene.documents.ConsultationReport.Block;
import org.convene.documents.ConsultationReport.Kind;
import org.convene.documents.ConsultationReport.Run;
import org.convene.documents.RichText;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Turns sanitised rich text into the report's blocks: p and li start a block, strong/b and
 * em/i format runs, br breaks a line, links print their text. The sanitizer's own parser reads
 * the HTML, under the same policy, so what prints is exactly what was allowed.
 */
public final class HtmlBlocks implements HtmlStreamEventReceiver {
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<int[]> lists = new ArrayDeque<>(); // per open list: {numbered ? 1 : 0, next number}
    private List<Run> runs = new ArrayList<>();
    private Kind kind = Kind.PARAGRAPH;
    private int number;
    private int bold;
    private int italic;

    private HtmlBlocks() {
    }

    public static List<Block> of(String html) {
        HtmlBlocks receiver = new HtmlBlocks();
        if (html != null && !html.isBlank()) {
            HtmlSanitizer.sanitize(html, RichText.POLICY.apply(receiver));
        }
        receiver.flush();
        return receiver.blocks;
    }

    @Override
    public void openDocument() {
    }

    @Override
    public void closeDocument() {
    }

    @Override
    public void openTag(String name, List<String> attrs) {
        switch (name) {
            case "p" -> start(lists.isEmpty() ? Kind.PARAGRAPH : kind, number);
            case "ul" -> { flush(); lists.push(new int[] {0, 1}); }
            case "ol" -> { flush(); lists.push(new int[] {1, 1}); }
            case "li" -> {
                int[] list = lists.isEmpty() ? new int[] {0, 1} : lists.peek();
                start(list[0] == 1 ? Kind.NUMBERED : Kind.BULLET, list[1]++);
            }
            case "strong", "b" -> bold++;
            case "em", "i" -> italic++;
            case "br" -> runs.add(new Run("\n", false, false));
            default -> { }
        }
    }

    @Override
    public void closeTag(String name) {
        switch (name) {
            case "p", "li" -> flush();
            case "ul", "ol" -> { flush(); lists.poll(); }
            case "strong", "b" -> bold = Math.max(0, bold - 1);
            case "em", "i" -> italic = Math.max(0, italic - 1);
            default -> { }
        }
    }

    @Override
    public void text(String text) {
        // As a browser does: runs of white space (the source's line ends too) print as one space,
        // and none at the start of a block or after a line break.
        String collapsed = text.replaceAll("\\s+", " ");
        if (runs.isEmpty() || runs.getLast().text().endsWith("\n") || runs.getLast().text().endsWith(" ")) {
            collapsed = collapsed.stripLeading();
        }
        if (!collapsed.isEmpty()) {
            runs.add(new Run(collapsed, bold > 0, italic > 0));
        }
    }

    private void start(Kind newKind, int newNumber) {
        flush();
        kind = newKind;
        number = newNumber;
    }

    private void flush() {
        if (runs.stream().anyMatch(r -> !r.text().isBlank())) {
            blocks.add(new Block(kind, number, runs));
        }
        runs = new ArrayList<>();
        kind = Kind.PARAGRAPH;
        number = 0;
    }
}
