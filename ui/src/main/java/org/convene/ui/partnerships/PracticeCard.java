package org.convene.ui.partnerships;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.convene.partnerships.PracticeView;
import org.convene.platform.Countries;

/** One practice: its name, SDG targets and place at a glance; aim, period, partners, source and link when opened. */
class PracticeCard extends Details {
    PracticeCard(PracticeView practice, Consumer<PracticeView> onEdit) {
        Span name = new Span(practice.name());
        name.getStyle().set("font-weight", "600");
        name.addClassName("practice-name");
        HorizontalLayout summary = new HorizontalLayout(name);
        summary.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        summary.setWrap(true);
        for (String target : practice.sdgTargets()) {
            Span badge = new Span(target);
            badge.getElement().getThemeList().add("badge contrast pill small");
            badge.getElement().setAttribute("title", getTranslation("pfp.sdgs"));
            summary.add(badge);
        }
        if (practice.location() != null) {
            Span where = new Span(practice.location());
            where.getStyle().set("color", "var(--lumo-secondary-text-color)");
            summary.add(where);
        }
        setSummary(summary);
        setId("practice-" + practice.id());
        Div body = new Div();
        line(body, "pfp.sdgs", practice.sdgText());
        line(body, "pfp.period", practice.period());
        if (practice.countryCode() != null) {
            line(body, "pfp.country", Countries.name(practice.countryCode(), getLocale()));
        }
        if (practice.aim() != null) {
            Paragraph aim = new Paragraph(practice.aim());
            // Keeps the file's line breaks (lists in the aim).
            aim.getStyle().set("white-space", "pre-line");
            body.add(aim);
        }
        line(body, "pfp.partners", practice.partners());
        line(body, "pfp.source", practice.source());
        if (practice.roundtableId() != null) {
            body.add(new Paragraph(getTranslation("pfp.from-outcome")));
        }
        if (practice.link() != null) {
            body.add(new Anchor(practice.link(), getTranslation("pfp.link"), AnchorTarget.BLANK));
        }
        if (onEdit != null) {
            Button edit = new Button(getTranslation("pfp.edit"), VaadinIcon.EDIT.create(), e -> onEdit.accept(practice));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("pfp.edit.title", practice.name()));
            body.add(edit);
        }
        add(body);
        setWidthFull();
    }

    private void line(Div body, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        Paragraph p = new Paragraph(label, new Span(value));
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        body.add(p);
    }
}
