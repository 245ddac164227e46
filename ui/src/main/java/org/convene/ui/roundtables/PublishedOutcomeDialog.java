package org.convene.ui.roundtables;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.convene.roundtables.OutcomeSection;
import org.convene.roundtables.OutcomeView;
import org.convene.ui.base.FormDialog;

/** A published outcome as attendees read it: the sanitised sections and the SDG targets, and no author. */
class PublishedOutcomeDialog extends FormDialog {
    PublishedOutcomeDialog(OutcomeView outcome, OutcomeLabels labels) {
        super(outcome.number() + " · " + outcome.title(), body(outcome, labels));
        setWidth("min(48rem, 100vw)");
    }

    private static VerticalLayout body(OutcomeView outcome, OutcomeLabels labels) {
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        body.setId("published-outcome");
        for (OutcomeSection section : OutcomeSection.values()) {
            String html = outcome.html(section);
            if (!html.isEmpty()) {
                // Sanitised on the server by the allow-list policy: only basic formatting and safe links remain.
                body.add(new H4(labels.section(section)), new Html("<div>" + html + "</div>"));
            }
        }
        if (!outcome.sdgRefs().isEmpty()) {
            body.add(new H4(body.getTranslation("outcome.section.sdgTargets")), new Paragraph(String.join(", ", outcome.sdgRefs())));
        }
        body.add(new Div(body.getTranslation("outcome.published-on", labels.dateTime(outcome.publishedAt()))));
        return body;
    }
}
