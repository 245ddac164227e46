package org.convene.ui.consultations;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.platform.NotFoundException;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.security.UserSession;

/**
 * One consultation: its co-chairs, place, dates and participants, and per theme its observations,
 * editable by the theme's resource person and the chair office. Others who may open it (the
 * resource persons of its other themes) read; anyone else is told the page is not theirs.
 */
@Route(value = "consultations/view", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "RESOURCE_PERSON"})
@Prototype
public class ConsultationPage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final Consultations consultations;
    private final Editor editor;
    private final ConsultationLabels labels = new ConsultationLabels(this);
    private String title = "";

    public ConsultationPage(UserSession session, Consultations consultations) {
        this.consultations = consultations;
        this.editor = Editor.of(session.user().orElseThrow());
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        ConsultationView c;
        try {
            c = id == null ? null : consultations.consultation(id);
        } catch (NotFoundException e) {
            c = null;
        }
        RouterLink back = new RouterLink(getTranslation("consultation.back"), ConsultationListView.class);
        // Not found and not theirs look alike, so the page reveals nothing about others' consultations.
        if (c == null || !consultations.mayReadReport(editor, c.id())) {
            add(new Header(new H2(getTranslation("nav.consultations"))), new EmptyState(getTranslation("consultation.not-yours")), back);
            return;
        }
        title = getTranslation("consultation.title", c.process());
        Locale locale = getLocale();
        long consultationId = c.id();
        Anchor pdf = new Anchor(new StreamResource("consultation-" + consultationId + ".pdf",
                () -> new ByteArrayInputStream(consultations.reportPdf(consultationId, locale))), getTranslation("consultation.pdf"));
        pdf.getElement().setAttribute("download", true);
        add(new Header(new H2(title), pdf), back,
                new Paragraph(getTranslation("consultation.co-chairs") + ": " + labels.coChairs(c)),
                new Paragraph(getTranslation("consultation.place") + ": " + labels.place(c) + " · " + labels.dates(c)),
                new Paragraph(getTranslation("consultation.participants") + ": " + participants(c)));
        if (c.themes().isEmpty()) {
            add(new EmptyState(getTranslation("consultation.no-themes")));
        }
        for (ConsultationView.Theme theme : c.themes()) {
            boolean writes = editor.chairOffice() || (theme.resourcePersonId() != null && theme.resourcePersonId() == editor.userId());
            add(new ObservationsEditor(consultations, editor, consultationId, theme, consultations.observations(consultationId, theme.id()), writes));
        }
    }

    private String participants(ConsultationView c) {
        String states = c.participants().isEmpty() ? getTranslation("consultation.none")
                : String.join(", ", c.participants().stream().map(code -> org.convene.platform.Countries.name(code, getLocale())).toList());
        return c.participantCount() == null ? states : states + " · " + getTranslation("consultation.people", c.participantCount());
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("nav.consultations") : title) + " · " + getTranslation("app.name");
    }
}
