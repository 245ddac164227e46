package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.BulkDecisions;
import org.convene.delegations.RegistrationView;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.ui.base.ServerErrors;

/**
 * The chair office's decision on the selected registrations. All or nothing (see
 * {@link BulkDecisions}): when some cannot be decided, nothing changes and the message names them.
 */
class BulkDecisionBar extends HorizontalLayout {
    final Button approve = new Button();
    final Button reject = new Button();
    private final BulkDecisions decisions;
    private final Actor actor;
    private final Supplier<Set<RegistrationView>> selection;
    private final Runnable afterChange;

    BulkDecisionBar(BulkDecisions decisions, Actor actor, Supplier<Set<RegistrationView>> selection, Runnable afterChange) {
        this.decisions = decisions;
        this.actor = actor;
        this.selection = selection;
        this.afterChange = afterChange;
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-selected");
        approve.addClickListener(e -> decide(ids -> decisions.approveAll(actor, ids), null));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-selected");
        reject.addClickListener(e -> askReason());
        add(approve, reject);
        update();
    }

    /** Follows the selection: the buttons name how many are chosen and wait for at least one. */
    void update() {
        int n = selection.get().size();
        approve.setText(getTranslation("registration.approve-selected", n));
        reject.setText(getTranslation("registration.reject-selected", n));
        approve.setEnabled(n > 0);
        reject.setEnabled(n > 0);
    }

    private void askReason() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("registration.reject-selected", selection.get().size()));
        TextArea reason = new TextArea(getTranslation("registration.reason"));
        reason.setWidthFull();
        reason.setId("bulk-reason");
        Button confirm = new Button(getTranslation("registration.reject"), e -> {
            if (decide(ids -> decisions.rejectAll(actor, ids, reason.getValue()), reason)) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean decide(java.util.function.Function<List<Long>, List<RegistrationView>> decision, TextArea reason) {
        Map<Long, RegistrationView> chosen = selection.get().stream().collect(Collectors.toMap(RegistrationView::id, r -> r));
        List<Long> ids = List.copyOf(chosen.keySet());
        try {
            List<RegistrationView> done = decision.apply(ids);
            ServerErrors.success(getTranslation("registration.decided", done.size()));
            afterChange.run();
            return true;
        } catch (InvalidInputException e) {
            List<FieldProblem> problems = e.problems();
            if (reason != null && problems.stream().anyMatch(p -> p.field().equals("reason"))) {
                reason.setErrorMessage(getTranslation("validation.required"));
                reason.setInvalid(true);
                return false;
            }
            String who = problems.stream().map(p -> name(chosen, p)).collect(Collectors.joining(", "));
            ServerErrors.error(getTranslation("registration.bulk.refused", problems.size(), who));
            afterChange.run();
            return false;
        } catch (org.convene.platform.AccessDeniedException e) {
            ServerErrors.error(getTranslation("error.forbidden.text"));
            return false;
        }
    }

    /** The person a problem names ({@code registrations[<id>]}), with what stopped the decision. */
    private String name(Map<Long, RegistrationView> chosen, FieldProblem problem) {
        String id = problem.field().replaceAll("\\D", "");
        RegistrationView r = id.isEmpty() ? null : chosen.get(Long.parseLong(id));
        String person = r == null ? problem.field() : r.person().givenName() + " " + r.person().familyName();
        String text = getTranslation(problem.code());
        String why = text == null || text.isBlank() || text.startsWith("!") ? problem.message() : text;
        return person + " (" + why + ")";
    }
}
