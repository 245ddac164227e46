package org.convene.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * Shows what the server refused next to the field it concerns, in the user's language; a problem
 * with no field on screen becomes a notification. Nothing was saved when this runs.
 */
public final class ServerErrors {
    private ServerErrors() {
    }

    /** Runs the action; on a domain refusal, marks the fields and answers false. */
    public static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable action) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            show(owner, fields, e.problems());
        } catch (ConflictException e) {
            show(owner, fields, List.of(e.problem()));
        } catch (NotFoundException e) {
            error(owner.getTranslation("error.not-found"));
        }
        return false;
    }

    private static void show(Component owner, Map<String, ? extends HasValidation> fields, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            String message = translated(owner, problem);
            HasValidation field = fields.get(problem.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(message);
            }
        }
    }

    static String translated(Component owner, FieldProblem problem) {
        String text = owner.getTranslation(problem.code());
        // The default provider answers "!key!" for an unknown key: fall back to the English message.
        // A message that needs parameters cannot be filled from a problem, which carries none.
        return text == null || text.isBlank() || text.startsWith("!") || text.contains("{0}") ? problem.message() : text;
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
