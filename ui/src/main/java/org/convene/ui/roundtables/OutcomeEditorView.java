package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.UserView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeVersion;
import org.convene.roundtables.OutcomeView;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.Roundtables;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The outcome of one roundtable. Its rapporteur (and the chair office) write it while it is a draft:
 * every pause in typing saves it as a new revision from the revision shown, and a save that meets
 * someone else's newer revision keeps the typed text on screen and offers to reload. Beside it the
 * Chatham House check and the versions; below, the workflow's history and the submission, which
 * waits until every flag is resolved. Co-chairs and others who may read it see it read-only.
 */
@Route(value = "roundtables/:id/outcome", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "RAPPORTEUR", "FOCAL_POINT"})
@Prototype
public class OutcomeEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final Outcomes outcomes;
    private final Roundtables roundtables;
    private final UserView user;
    private final Actor actor;
    private final OutcomeLabels labels = new OutcomeLabels(this);
    final Span status = new Span();
    final Span saveState = new Span();
    final Button reload = new Button();
    final Button submit = new Button();
    final Paragraph submitReason = new Paragraph();
    final OutcomeSectionsEditor sections;
    final ChathamHousePanel flags;
    final OutcomeVersionsPanel versions;
    private final Div history = new Div();
    private long roundtableId;
    private OutcomeView current;
    private boolean mayEdit;
    private String title = "";

    public OutcomeEditorView(UserSession session, Outcomes outcomes, Roundtables roundtables) {
        this.outcomes = outcomes;
        this.roundtables = roundtables;
        this.user = session.user().orElseThrow();
        this.actor = Actor.of(user);
        sections = new OutcomeSectionsEditor(labels, this::autosave);
        flags = new ChathamHousePanel(labels, this::refreshSide, this::resolve);
        versions = new OutcomeVersionsPanel(labels, this::restore);
        saveState.setId("save-state");
        saveState.getElement().setAttribute("aria-live", "polite");
        reload.setText(getTranslation("outcome.save.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addClickListener(e -> load(outcomes.outcome(actor, roundtableId)));
        reload.setVisible(false);
        submit.setText(getTranslation("outcome.submit"));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        submitReason.setId("submit-reason");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("outcome.back"), OutcomeListView.class);
        try {
            roundtableId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("roundtable", "?"));
            OutcomeView outcome = outcomes.outcome(actor, roundtableId);
            Long rapporteur = roundtables.roundtable(roundtableId).rapporteurUserId();
            mayEdit = user.has(Role.CHAIR_OFFICE) || (rapporteur != null && rapporteur == user.id());
            title = getTranslation("outcome.title", outcome.number(), outcome.title());
            layOut(back);
            load(outcome);
        } catch (NotFoundException | AccessDeniedException e) {
            // Not found and not theirs look alike, so the page tells nothing about others' roundtables.
            add(new Header(new H2(getTranslation("nav.outcomes"))), new EmptyState(getTranslation("outcome.not-yours")), back);
        }
    }

    private void layOut(RouterLink back) {
        status.setId("outcome-status");
        VerticalLayout side = new VerticalLayout(flags, versions);
        side.setPadding(false);
        // Two columns where there is room (text, then the check and versions), one on a narrow screen.
        Div columns = new Div(sections, side);
        columns.getStyle().set("display", "grid").set("gap", "var(--lumo-space-l)")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, 24rem), 1fr))");
        columns.setWidthFull();
        add(new Header(new H2(title), status), back, new HorizontalLayout(saveState, reload), columns,
                new HorizontalLayout(submit), submitReason, new H3(getTranslation("outcome.history.title")), history);
    }

    private void load(OutcomeView outcome) {
        current = outcome;
        sections.show(outcome, editable());
        reload.setVisible(false);
        saveState.setText(outcome.isEmpty() ? getTranslation("outcome.save.nothing-yet")
                : getTranslation("outcome.save.saved-at", labels.time(outcome.updatedAt()), outcome.revision()));
        refreshSide();
    }

    private boolean editable() {
        return mayEdit && current.status() == OutcomeStatus.DRAFT;
    }

    /** Saves what is on screen from the revision shown; never replaces the typed text on a refusal. */
    void autosave() {
        if (current == null || !editable()) {
            return;
        }
        try {
            OutcomeView saved = outcomes.save(actor, roundtableId, sections.draft(), current.revision());
            current = saved;
            sections.clearErrors();
            saveState.setText(getTranslation("outcome.save.saved-at", labels.time(saved.updatedAt()), saved.revision()));
            refreshSide();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> {
                var field = sections.fields().get(p.field());
                if (field != null) {
                    field.setErrorMessage(message(p));
                    field.setInvalid(true);
                }
            });
            saveState.setText(getTranslation("outcome.save.not-saved", message(e.problems().getFirst())));
        } catch (ConflictException e) {
            boolean stale = "revision".equals(e.problem().field());
            saveState.setText(getTranslation("outcome.save.not-saved",
                    stale ? getTranslation("outcome.save.conflict") : message(e.problem())));
            reload.setVisible(stale);
        } catch (AccessDeniedException e) {
            saveState.setText(getTranslation("outcome.save.not-saved", getTranslation("outcome.denied")));
        }
    }

    private void refreshSide() {
        if (current == null) {
            return;
        }
        List<OutcomeFlag> found = outcomes.check(actor, roundtableId);
        flags.show(found, editable());
        versions.show(outcomes.versions(actor, roundtableId), editable());
        history.removeAll();
        outcomes.history(actor, roundtableId).forEach(e -> history.add(new Paragraph(labels.event(e)
                + (e.comment() == null ? "" : " — " + e.comment()))));
        if (history.getComponentCount() == 0) {
            history.add(new Paragraph(getTranslation("outcome.history.empty")));
        }
        status.setText(labels.status(current.status()));
        status.getElement().getThemeList().set("badge", true);
        long open = found.stream().filter(f -> !f.resolved()).count();
        submit.setVisible(editable());
        submit.setEnabled(editable() && !current.isEmpty() && open == 0);
        submitReason.setText(!editable() ? "" : current.isEmpty() ? getTranslation("outcome.submit.empty")
                : open > 0 ? getTranslation("outcome.flags.open", open) : getTranslation("outcome.submit.ready"));
    }

    private void resolve(OutcomeFlag flag, OutcomeFlag.Resolution resolution) {
        if (ServerErrors.attempt(this, sections.fields(), () -> outcomes.resolve(actor, roundtableId, flag.key(), resolution))) {
            refreshSide();
        }
    }

    private void restore(OutcomeVersion version) {
        if (ServerErrors.attempt(this, sections.fields(), () -> load(outcomes.restore(actor, roundtableId, version.revision(), current.revision())))) {
            ServerErrors.success(getTranslation("outcome.versions.restored-note", version.revision()));
        }
    }

    private void submit() {
        if (!sections.draft().equals(current.draft())) {
            autosave();
        }
        if (ServerErrors.attempt(this, sections.fields(), () -> load(outcomes.submit(actor, roundtableId)))) {
            ServerErrors.success(getTranslation("outcome.submitted"));
        } else {
            refreshSide();
        }
    }

    private String message(FieldProblem problem) {
        String text = getTranslation(problem.code());
        return text == null || text.isBlank() || text.startsWith("!") || text.contains("{0}") ? problem.message() : text;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("nav.outcomes") : title) + " · " + getTranslation("app.name");
    }
}
