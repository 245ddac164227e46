package org.convene.ui.roundtables;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.convene.roundtables.OutcomeLimits;
import org.convene.roundtables.OutcomeSummary;
import org.convene.ui.base.FormDialog;

/**
 * A reviewer's comment on an outcome with what to do with it: mark the outcome reviewed, return it
 * to the rapporteur (a comment is then required), or only comment. An action left null is not offered.
 * Each action answers whether it was done; the dialog closes then.
 */
class OutcomeReviewDialog extends FormDialog {
    final TextArea comment;

    OutcomeReviewDialog(OutcomeSummary outcome, Predicate<String> review, Predicate<String> returnToDraft, Predicate<String> commentOnly) {
        this(outcome, review, returnToDraft, commentOnly, new TextArea());
    }

    private OutcomeReviewDialog(OutcomeSummary outcome, Predicate<String> review, Predicate<String> returnToDraft,
                                Predicate<String> commentOnly, TextArea comment) {
        super(outcome.number() + " · " + outcome.title(), comment);
        this.comment = comment;
        comment.setLabel(getTranslation("outcome.comment"));
        comment.setHelperText(getTranslation("outcome.comment-help"));
        comment.setMaxLength(OutcomeLimits.COMMENT_MAX);
        comment.setWidthFull();
        comment.setId("comment");
        HorizontalLayout buttons = new HorizontalLayout();
        if (review != null) {
            buttons.add(button("outcome.mark-reviewed", review, ButtonVariant.LUMO_PRIMARY));
        }
        if (returnToDraft != null) {
            buttons.add(button("outcome.return", returnToDraft, ButtonVariant.LUMO_ERROR));
        }
        if (commentOnly != null) {
            buttons.add(button("outcome.comment-only", commentOnly, ButtonVariant.LUMO_TERTIARY));
        }
        getFooter().add(buttons);
    }

    private Button button(String key, Predicate<String> action, ButtonVariant variant) {
        Button button = new Button(getTranslation(key), e -> {
            if (action.test(comment.getValue())) {
                close();
            }
        });
        button.addThemeVariants(variant);
        return button;
    }
}
