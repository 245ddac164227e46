package org.convene.ui.roundtables;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.text.NumberFormat;
import org.convene.roundtables.SeatingQuality;
import org.convene.roundtables.SeatingQuality.TableQuality;

/** The quality of a seating: choices met beside what any seating could reach, and per roundtable its seats and balance. */
class SeatingFigures extends VerticalLayout {
    SeatingFigures(SeatingQuality q) {
        setPadding(false);
        setId("seating-figures");
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        int n = Math.max(1, q.withPreferences());
        Span first = new Span(getTranslation("seating.first-choices", percent.format(q.firstChoiceShare()), q.firstChoices(),
                q.withPreferences(), percent.format((double) q.firstChoiceBound() / n)));
        first.setId("seating-first-choices");
        Span any = new Span(getTranslation("seating.any-choice", percent.format(q.anyChoiceShare()), q.anyChoice(), q.withPreferences(),
                percent.format((double) q.anyChoiceBound() / n)));
        any.setId("seating-any-choice");
        Span balance = new Span(getTranslation("seating.balance", percent.format(q.balance())));
        add(first, any, balance);
        for (TableQuality t : q.tables()) {
            add(table(t, percent));
        }
    }

    private Div table(TableQuality t, NumberFormat percent) {
        Span name = new Span(t.number() + " · " + t.title());
        name.getStyle().set("font-weight", "600");
        ProgressBar fill = new ProgressBar(0, Math.max(1, t.capacity()), Math.min(t.seated(), Math.max(1, t.capacity())));
        fill.getElement().setAttribute("aria-label", getTranslation("seating.fill", t.number()));
        fill.setWidth("12rem");
        Span seats = new Span(getTranslation("seating.seats", t.seated(), t.capacity()));
        Span balance = new Span(getTranslation("seating.table-balance", percent.format(t.balance()), percent.format(t.regionBalance()),
                percent.format(t.groupBalance())));
        HorizontalLayout line = new HorizontalLayout(fill, seats, balance);
        line.setAlignItems(Alignment.CENTER);
        Div row = new Div(name, line);
        row.setId("seating-table-" + t.roundtableId());
        return row;
    }
}
