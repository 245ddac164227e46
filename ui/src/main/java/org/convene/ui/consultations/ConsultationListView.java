package org.convene.ui.consultations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.identity.Role;
import org.convene.identity.UserView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The regional consultations of a summit. The chair office creates and edits them in a dialog;
 * a resource person sees only the consultations that take up one of their themes, to open and
 * write observations.
 */
@Route(value = "consultations", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "RESOURCE_PERSON"})
@Prototype
public class ConsultationListView extends VerticalLayout implements HasDynamicTitle {
    private final Consultations consultations;
    private final SummitSetup setup;
    private final UserView user;
    private final boolean office;
    private final ConsultationLabels labels = new ConsultationLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Grid<ConsultationView> grid = new Grid<>();
    final Button newConsultation = new Button();
    private final EmptyState empty;

    public ConsultationListView(UserSession session, SummitManagement summits, SummitSetup setup, Consultations consultations) {
        this.consultations = consultations;
        this.setup = setup;
        this.user = session.user().orElseThrow();
        this.office = user.has(Role.CHAIR_OFFICE);
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("consultation.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        newConsultation.setText(getTranslation("consultation.new"));
        newConsultation.setIcon(VaadinIcon.PLUS.create());
        newConsultation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newConsultation.addClickListener(e -> edit(null));
        newConsultation.setVisible(office);
        newConsultation.setEnabled(!all.isEmpty());
        grid.addColumn(ConsultationView::process).setHeader(getTranslation("consultation.process")).setFlexGrow(2);
        grid.addColumn(labels::place).setHeader(getTranslation("consultation.place")).setAutoWidth(true);
        grid.addColumn(labels::dates).setHeader(getTranslation("consultation.dates")).setAutoWidth(true);
        grid.addColumn(labels::themes).setHeader(getTranslation("consultation.themes")).setFlexGrow(3);
        // Links and buttons per row, so the keyboard reaches every consultation by Tab.
        grid.addComponentColumn(c -> {
            HorizontalLayout actions = new HorizontalLayout();
            RouterLink open = new RouterLink(getTranslation("consultation.open"), ConsultationPage.class, c.id());
            open.getElement().setAttribute("aria-label", getTranslation("consultation.open-named", c.process()));
            actions.add(open);
            if (office) {
                Button edit = new Button(getTranslation("action.edit"), e -> edit(c));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                edit.setAriaLabel(getTranslation("consultation.edit", c.process()));
                actions.add(edit);
            }
            return actions;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("nav.consultations"));
        grid.setAllRowsVisible(true);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit"
                : office ? "consultation.empty" : "consultation.empty-resource-person"));
        add(new Header(new H2(getTranslation("nav.consultations")), newConsultation), summit, empty, grid);
        summit.addValueChangeListener(e -> refresh());
        grid.setVisible(false);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    void refresh() {
        if (summit.getValue() == null) {
            return;
        }
        long summitId = summit.getValue().id();
        List<ConsultationView> shown = office ? consultations.list(summitId) : consultations.ofResourcePerson(summitId, user.id());
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private void edit(ConsultationView consultation) {
        long summitId = summit.getValue().id();
        FormDialog[] dialog = new FormDialog[1];
        ConsultationForm[] form = new ConsultationForm[1];
        form[0] = new ConsultationForm(setup.themes(summitId),
                command -> {
                    boolean saved = ServerErrors.attempt(this, form[0].fields(), () -> {
                        if (consultation == null) {
                            consultations.create(summitId, command);
                        } else {
                            consultations.update(consultation.id(), command);
                        }
                    });
                    if (saved) {
                        dialog[0].close();
                        ServerErrors.success(getTranslation("saved"));
                        refresh();
                    }
                },
                () -> {
                    if (ServerErrors.attempt(this, Map.of(), () -> consultations.delete(consultation.id()))) {
                        dialog[0].close();
                        refresh();
                    }
                },
                () -> dialog[0].close());
        form[0].edit(consultation);
        dialog[0] = new FormDialog(consultation == null ? getTranslation("consultation.new")
                : getTranslation("consultation.edit", consultation.process()), form[0]);
        dialog[0].setWidth("min(48rem, 100vw)");
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultations") + " · " + getTranslation("app.name");
    }
}
