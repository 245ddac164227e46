package org.convene.ui.consultations;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import org.convene.consultations.ConsultationLimits;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.consultations.Observation;
import org.convene.platform.AccessDeniedException;
import org.convene.ui.base.ServerErrors;

/**
 * The observations on one theme: the sanitised text as it will print, and for the theme's resource
 * person (or the chair office) a plain text area taking Markdown (decision 0007) with a save button.
 */
class ObservationsEditor extends VerticalLayout {
    private final Consultations consultations;
    private final Editor editor;
    private final long consultationId;
    private final long themeId;
    final TextArea source = new TextArea();
    final Div shown = new Div();
    final Paragraph byline = new Paragraph();

    ObservationsEditor(Consultations consultations, Editor editor, long consultationId, ConsultationView.Theme theme, Observation current,
                       boolean writes) {
        this.consultations = consultations;
        this.editor = editor;
        this.consultationId = consultationId;
        this.themeId = theme.id();
        setPadding(false);
        shown.setId("observations-" + theme.id());
        byline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H3(theme.title()), shown, byline);
        if (writes) {
            source.setLabel(getTranslation("consultation.observations.label", theme.title()));
            source.setHelperText(getTranslation("consultation.observations.help"));
            source.setMaxLength(ConsultationLimits.OBSERVATIONS_MAX);
            source.setWidthFull();
            source.setMinHeight("8rem");
            source.setId("source-" + theme.id());
            source.setValue(current.source());
            Button save = new Button(getTranslation("consultation.observations.save", theme.title()), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(source, save);
        }
        show(current);
    }

    private void save() {
        Observation[] saved = new Observation[1];
        try {
            if (ServerErrors.attempt(this, Map.of("source", source),
                    () -> saved[0] = consultations.saveObservations(editor, consultationId, themeId, source.getValue()))) {
                show(saved[0]);
                ServerErrors.success(getTranslation("saved"));
            }
        } catch (AccessDeniedException e) {
            ServerErrors.error(getTranslation("consultation.observations.denied"));
        }
    }

    private void show(Observation o) {
        shown.removeAll();
        if (o.isEmpty()) {
            shown.add(new Paragraph(getTranslation("consultation.observations.empty")));
            byline.setVisible(false);
            return;
        }
        // The HTML was sanitised on the server by an allow-list policy: only basic formatting and safe links remain.
        shown.add(new Html("<div>" + o.html() + "</div>"));
        byline.setVisible(o.writerName() != null);
        if (o.writtenAt() != null) {
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .format(o.writtenAt().atZone(ZoneId.of("UTC"))) + " UTC";
            byline.setText(getTranslation("consultation.observations.byline", o.writerName(), when));
        }
    }
}
