package org.convene.ui.roundtables;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.convene.documents.RichText;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeLimits;
import org.convene.roundtables.OutcomeSection;
import org.convene.roundtables.OutcomeView;

/**
 * The four sections: three Markdown text areas (decision 0007), each with a live preview of what
 * will be stored and printed (the same sanitiser as the server), and the SDG targets. Calls
 * {@code onChange} after the typist pauses ({@link ValueChangeMode#LAZY}), which the view turns into
 * an autosave; calls nothing while a stored outcome is being shown.
 */
class OutcomeSectionsEditor extends VerticalLayout {
    static final int PAUSE_MS = 1200;
    final Map<OutcomeSection, TextArea> areas = new EnumMap<>(OutcomeSection.class);
    final Map<OutcomeSection, Div> previews = new EnumMap<>(OutcomeSection.class);
    final TextField sdgTargets = new TextField();
    private boolean showing;

    OutcomeSectionsEditor(OutcomeLabels labels, Runnable onChange) {
        setPadding(false);
        for (OutcomeSection section : OutcomeSection.values()) {
            TextArea area = new TextArea(labels.section(section));
            area.setId(section.field());
            area.setHelperText(getTranslation("outcome.markdown-help"));
            area.setMaxLength(OutcomeLimits.SECTION_MAX);
            area.setWidthFull();
            area.setMinHeight("7rem");
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(PAUSE_MS);
            Div preview = new Div();
            preview.setId(section.field() + "-preview");
            preview.getElement().setAttribute("aria-label", getTranslation("outcome.preview", labels.section(section)));
            preview.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)");
            area.addValueChangeListener(e -> {
                preview(section);
                changed(onChange);
            });
            areas.put(section, area);
            previews.put(section, preview);
            add(area, preview);
        }
        sdgTargets.setLabel(getTranslation("outcome.section.sdgTargets"));
        sdgTargets.setHelperText(getTranslation("outcome.sdg-help"));
        sdgTargets.setId("sdgTargets");
        sdgTargets.setMaxLength(OutcomeLimits.SDG_TARGETS_MAX);
        sdgTargets.setWidthFull();
        sdgTargets.setValueChangeMode(ValueChangeMode.LAZY);
        sdgTargets.setValueChangeTimeout(PAUSE_MS);
        sdgTargets.addValueChangeListener(e -> changed(onChange));
        add(sdgTargets);
    }

    void show(OutcomeView outcome, boolean editable) {
        showing = true;
        try {
            for (OutcomeSection section : OutcomeSection.values()) {
                TextArea area = areas.get(section);
                area.setValue(outcome.draft().section(section));
                area.setReadOnly(!editable);
                area.setInvalid(false);
            }
            sdgTargets.setValue(outcome.draft().sdgTargets());
            sdgTargets.setReadOnly(!editable);
            sdgTargets.setInvalid(false);
        } finally {
            showing = false;
        }
    }

    OutcomeDraft draft() {
        return new OutcomeDraft(areas.get(OutcomeSection.KEY_MESSAGES).getValue(), areas.get(OutcomeSection.RECOMMENDATIONS).getValue(),
                areas.get(OutcomeSection.PRACTICES).getValue(), sdgTargets.getValue());
    }

    /** The fields by the names the server's problems use. */
    Map<String, com.vaadin.flow.component.HasValidation> fields() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new HashMap<>();
        areas.forEach((section, area) -> fields.put(section.field(), area));
        fields.put("sdgTargets", sdgTargets);
        return fields;
    }

    void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void changed(Runnable onChange) {
        if (!showing) {
            onChange.run();
        }
    }

    private void preview(OutcomeSection section) {
        Div preview = previews.get(section);
        preview.removeAll();
        String html = RichText.html(areas.get(section).getValue());
        // Sanitised by the allow-list policy, exactly as the server stores it: only basic formatting and safe links remain.
        if (!html.isEmpty()) {
            preview.add(new Html("<div>" + html + "</div>"));
        }
    }
}
