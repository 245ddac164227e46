package org.convene.ui.partnerships;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.convene.partnerships.Partnerships;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitView;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.ServerErrors;

/**
 * Promotes a practice announced in a published roundtable outcome: the chair office picks the
 * summit and the outcome, reads its practices section, and edits the practice prefilled from it.
 */
class PromoteDialog extends FormDialog {
    final Select<SummitView> summit = new Select<>();
    final Select<PublishedOutcome> outcome = new Select<>();
    final Paragraph none = new Paragraph();
    final Div practicesText = new Div();
    final PracticeForm form;
    private final Partnerships partnerships;
    private final Roundtables roundtables;

    PromoteDialog(List<SummitView> summits, Partnerships partnerships, Roundtables roundtables, Runnable onSaved) {
        super("", new Div());
        this.partnerships = partnerships;
        this.roundtables = roundtables;
        setHeaderTitle(getTranslation("pfp.promote.title"));
        summit.setLabel(getTranslation("pfp.promote.summit"));
        summit.setItems(summits);
        summit.setItemLabelGenerator(SummitView::title);
        summit.setId("promote-summit");
        outcome.setLabel(getTranslation("pfp.promote.outcome"));
        outcome.setItemLabelGenerator(o -> o.number() + " – " + o.title());
        outcome.setId("promote-outcome");
        none.setText(getTranslation("pfp.promote.none"));
        none.setVisible(false);
        practicesText.getStyle().set("white-space", "pre-line").set("padding", "var(--lumo-space-s)")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
        practicesText.setVisible(false);
        practicesText.setId("promote-practices");
        form = new PracticeForm(command -> {
            PublishedOutcome chosen = outcome.getValue();
            if (chosen == null) {
                outcome.setErrorMessage(getTranslation("validation.required"));
                outcome.setInvalid(true);
                return;
            }
            if (ServerErrors.attempt(this, form().fields(), () -> partnerships.promote(chosen.roundtableId(), command))) {
                close();
                ServerErrors.success(getTranslation("saved"));
                onSaved.run();
            }
        }, () -> { }, this::close);
        form.setVisible(false);
        HorizontalLayout choice = new HorizontalLayout(summit, outcome);
        choice.setWrap(true);
        removeAll();
        add(choice, none, practicesText, form);
        setWidth("min(56rem, 100vw)");
        summit.addValueChangeListener(e -> outcomesOf(e.getValue()));
        outcome.addValueChangeListener(e -> chosen(e.getValue()));
        if (!summits.isEmpty()) {
            summit.setValue(summits.getFirst());
        }
    }

    private PracticeForm form() {
        return form;
    }

    private void outcomesOf(SummitView chosen) {
        List<PublishedOutcome> published = chosen == null ? List.of() : roundtables.publishedOutcomes(chosen.id());
        outcome.setItems(published);
        none.setVisible(published.isEmpty());
        outcome.setValue(published.isEmpty() ? null : published.getFirst());
    }

    private void chosen(PublishedOutcome chosen) {
        outcome.setInvalid(false);
        form.setVisible(chosen != null);
        practicesText.setVisible(chosen != null);
        if (chosen == null) {
            return;
        }
        var draft = partnerships.draftFrom(chosen);
        practicesText.setText(getTranslation("pfp.promote.practices") + "\n" + (draft.aim() == null ? "" : draft.aim()));
        form.fill(draft);
        form.fields().values().forEach(f -> f.setInvalid(false));
    }

    Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return form.fields();
    }
}
