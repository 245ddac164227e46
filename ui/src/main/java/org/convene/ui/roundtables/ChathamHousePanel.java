package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.BiConsumer;
import org.convene.roundtables.OutcomeFlag;
import org.convene.ui.base.Header;

/**
 * The Chatham House check beside the editor: every flag with where it is, and for the rapporteur
 * the two ways to resolve it without rephrasing. Rephrasing is editing the text: the flag goes at
 * the next save.
 */
class ChathamHousePanel extends VerticalLayout {
    private final OutcomeLabels labels;
    private final BiConsumer<OutcomeFlag, OutcomeFlag.Resolution> onResolve;
    final Paragraph summary = new Paragraph();
    final Button recheck = new Button();
    private final Div list = new Div();
    private boolean editable;

    ChathamHousePanel(OutcomeLabels labels, Runnable onRecheck, BiConsumer<OutcomeFlag, OutcomeFlag.Resolution> onResolve) {
        this.labels = labels;
        this.onResolve = onResolve;
        setPadding(false);
        setId("chatham-house");
        recheck.setText(getTranslation("outcome.flags.recheck"));
        recheck.setIcon(VaadinIcon.REFRESH.create());
        recheck.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recheck.addClickListener(e -> onRecheck.run());
        summary.setId("flag-summary");
        add(new Header(new H3(getTranslation("outcome.flags.title")), recheck),
                new Paragraph(getTranslation("outcome.flags.explained")), summary, list);
    }

    void show(List<OutcomeFlag> flags, boolean mayResolve) {
        this.editable = mayResolve;
        long open = flags.stream().filter(f -> !f.resolved()).count();
        summary.setText(flags.isEmpty() ? getTranslation("outcome.flags.none")
                : open == 0 ? getTranslation("outcome.flags.all-resolved") : getTranslation("outcome.flags.open", open));
        list.removeAll();
        for (OutcomeFlag flag : flags) {
            list.add(row(flag));
        }
    }

    private Div row(OutcomeFlag flag) {
        Div row = new Div();
        row.addClassName("outcome-flag");
        row.getStyle().set("padding", "var(--lumo-space-s) 0").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        Span what = new Span(labels.kind(flag.kind()) + " · " + labels.section(flag.section()) + ": «" + flag.text() + "»"
                + (flag.count() > 1 ? " ×" + flag.count() : ""));
        what.getStyle().set("font-weight", "600");
        Paragraph snippet = new Paragraph(flag.snippet());
        snippet.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        row.add(what, snippet);
        if (flag.resolved()) {
            Span done = new Span(labels.resolution(flag.resolution()));
            done.getElement().getThemeList().add("badge success");
            row.add(done);
        } else {
            Paragraph hint = new Paragraph(getTranslation("outcome.flags.rephrase"));
            hint.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
            row.add(hint);
            if (editable) {
                row.add(new HorizontalLayout(button(flag, OutcomeFlag.Resolution.PRACTICE, "outcome.flags.mark-practice"),
                        button(flag, OutcomeFlag.Resolution.PARTNERSHIP, "outcome.flags.mark-partnership")));
            }
        }
        return row;
    }

    private Button button(OutcomeFlag flag, OutcomeFlag.Resolution resolution, String key) {
        Button button = new Button(getTranslation(key), e -> onResolve.accept(flag, resolution));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + flag.text());
        return button;
    }
}
