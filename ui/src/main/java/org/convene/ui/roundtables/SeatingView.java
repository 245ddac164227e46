package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.roundtables.Seating;
import org.convene.roundtables.SeatingPlan;
import org.convene.roundtables.SeatingQuality;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.Background;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.Progress;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The chair office seats delegates at a summit's roundtables: runs the assignment in the background
 * (the page keeps its progress bar and polls), reads how good it is beside the bounds, and moves or
 * unseats people by hand. Seats placed by hand survive the next run.
 */
@Route(value = "roundtables/seating", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class SeatingView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final Button run = new Button();
    final Progress progress = new Progress();
    final Div content = new Div();
    private final Seating seating;
    private final Actor actor;

    public SeatingView(UserSession session, SummitManagement summits, Seating seating) {
        this.seating = seating;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> refresh());
        run.setText(getTranslation("seating.run"));
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> assign());
        HorizontalLayout bar = new HorizontalLayout(summit, run, progress);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        content.setWidthFull();
        add(new H2(getTranslation("nav.seating")), new Paragraph(getTranslation("seating.intro")), bar, content);
        if (all.isEmpty()) {
            run.setEnabled(false);
            content.add(new EmptyState(getTranslation("seating.no-summit")));
        } else {
            summit.setValue(all.getFirst());
        }
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    /** How the assignment runs: on its own thread (the default) or at once (tests). */
    public void runSlowWork(Background how) {
        progress.runWith(how);
    }

    void assign() {
        SummitView chosen = summit.getValue();
        if (chosen == null) {
            return;
        }
        run.setEnabled(false);
        progress.run(getTranslation("seating.running"), () -> seating.assign(actor, chosen.id()), (SeatingQuality done) -> {
            run.setEnabled(true);
            ServerErrors.success(getTranslation("seating.done", done.seated()));
            refresh();
        }, failure -> {
            run.setEnabled(true);
            ServerErrors.error(getTranslation("seating.failed"));
        });
    }

    void refresh() {
        content.removeAll();
        SummitView chosen = summit.getValue();
        if (chosen == null) {
            return;
        }
        SeatingPlan plan = seating.plan(actor, chosen.id());
        if (plan.tables().isEmpty()) {
            run.setEnabled(false);
            content.add(new EmptyState(getTranslation("seating.no-roundtables")));
            return;
        }
        run.setEnabled(true);
        content.add(new SeatingFigures(plan.quality()));
        if (plan.quality().withPreferences() == 0 && plan.quality().seated() == 0) {
            content.add(new EmptyState(getTranslation("seating.no-preferences")));
            return;
        }
        SeatingTables tables = new SeatingTables(plan, this::seat, this::unseat);
        content.add(new H3(getTranslation("seating.tables")), tables.seated(), new H3(getTranslation("seating.unseated")), tables.unseated());
    }

    private void seat(long registrationId, long roundtableId) {
        if (ServerErrors.attempt(this, Map.of(), () -> seating.seat(actor, registrationId, roundtableId))) {
            refresh();
        }
    }

    private void unseat(long registrationId) {
        if (ServerErrors.attempt(this, Map.of(), () -> seating.unseat(actor, registrationId))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.seating") + " · " + getTranslation("app.name");
    }
}
