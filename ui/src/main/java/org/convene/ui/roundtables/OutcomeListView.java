package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.UserView;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeSummary;
import org.convene.roundtables.Outcomes;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The outcomes of a summit that the user deals with: the chair office sees all and approves,
 * publishes or returns them; co-chairs' focal points review their roundtables' submitted outcomes;
 * a rapporteur opens theirs in the editor; attendees read the published ones, without author.
 */
@Route(value = "outcomes", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "RAPPORTEUR", "FOCAL_POINT", "ATTENDEE"})
@Prototype
public class OutcomeListView extends VerticalLayout implements HasDynamicTitle {
    private final Outcomes outcomes;
    private final Actor actor;
    private final boolean office;
    private final OutcomeLabels labels = new OutcomeLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Grid<OutcomeSummary> grid = new Grid<>();
    private final EmptyState empty;

    public OutcomeListView(UserSession session, SummitManagement summits, Outcomes outcomes) {
        this.outcomes = outcomes;
        UserView user = session.user().orElseThrow();
        this.actor = Actor.of(user);
        this.office = user.has(Role.CHAIR_OFFICE);
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("outcome.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.setWidth("min(28rem, 100%)");
        grid.addColumn(OutcomeSummary::number).setHeader(getTranslation("outcome.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(OutcomeSummary::title).setHeader(getTranslation("outcome.roundtable")).setFlexGrow(2);
        grid.addColumn(o -> labels.status(o.status())).setHeader(getTranslation("outcome.status")).setAutoWidth(true);
        grid.addColumn(o -> labels.dateTime(o.status() == OutcomeStatus.PUBLISHED ? o.publishedAt() : o.updatedAt()))
                .setHeader(getTranslation("outcome.when")).setAutoWidth(true);
        // Links and buttons per row, so the keyboard reaches every action by Tab.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("outcome.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(getTranslation("nav.outcomes"));
        grid.setAllRowsVisible(true);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit" : "outcome.list-empty"));
        add(new Header(new H2(getTranslation("nav.outcomes"))), summit, empty, grid);
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
        List<OutcomeSummary> shown = outcomes.list(actor, summit.getValue().id());
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
    }

    private HorizontalLayout actions(OutcomeSummary o) {
        HorizontalLayout actions = new HorizontalLayout();
        if (o.rapporteurUserId() != null || office || o.mayEdit() || o.mayReview()) {
            RouterLink open = new RouterLink(getTranslation(o.mayEdit() ? "outcome.edit" : "outcome.open"), OutcomeEditorView.class,
                    new RouteParameters("id", Long.toString(o.roundtableId())));
            open.getElement().setAttribute("aria-label", getTranslation("outcome.open-named", o.number()));
            actions.add(open);
        } else if (o.status() == OutcomeStatus.PUBLISHED) {
            actions.add(button("outcome.read", o, () -> new PublishedOutcomeDialog(outcomes.outcome(actor, o.roundtableId()), labels).open()));
        }
        if (o.mayReview()) {
            actions.add(button("outcome.review", o, () -> new OutcomeReviewDialog(o,
                    comment -> act(() -> outcomes.review(actor, o.roundtableId(), comment), "outcome.reviewed"),
                    comment -> act(() -> outcomes.returnToDraft(actor, o.roundtableId(), comment), "outcome.returned"),
                    comment -> act(() -> outcomes.comment(actor, o.roundtableId(), comment), "outcome.commented")).open()));
        }
        if (o.mayDecide() && o.status() == OutcomeStatus.REVIEWED) {
            actions.add(button("outcome.approve", o, () -> act(() -> outcomes.approve(actor, o.roundtableId()), "outcome.approved")));
        }
        if (o.mayDecide() && o.status() == OutcomeStatus.APPROVED) {
            actions.add(button("outcome.publish", o, () -> act(() -> outcomes.publish(actor, o.roundtableId()), "outcome.published")));
            actions.add(button("outcome.return", o, () -> new OutcomeReviewDialog(o, null,
                    comment -> act(() -> outcomes.returnToDraft(actor, o.roundtableId(), comment), "outcome.returned"), null).open()));
        }
        return actions;
    }

    private Button button(String key, OutcomeSummary o, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(key) + ": " + o.number());
        return button;
    }

    /** Runs a step of the workflow; answers whether it was done, so a dialog knows to close. */
    private boolean act(Runnable step, String doneKey) {
        if (ServerErrors.attempt(this, Map.of(), step)) {
            ServerErrors.success(getTranslation(doneKey));
            refresh();
            return true;
        }
        return false;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.outcomes") + " · " + getTranslation("app.name");
    }
}
