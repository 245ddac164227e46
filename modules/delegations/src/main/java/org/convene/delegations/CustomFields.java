package org.convene.delegations;

import java.util.List;
import java.util.Map;
import org.convene.platform.AccessDeniedException;

/**
 * The questions the chair office adds to a summit's registration form (text, choice, yes/no,
 * date; each may depend on an earlier choice or yes/no answer) and the answers of each
 * registration. Answers are keyed by field id; problems with an answer name the field
 * {@code custom.<id>}.
 */
public interface CustomFields {
    int MAX_FIELDS = 50;
    int MAX_CHOICES = 50;
    int LABEL_MAX = 200;
    int CHOICE_MAX = 200;
    int ANSWER_MAX = 1000;

    /**
     * Adds a field after the summit's last one.
     *
     * @throws AccessDeniedException unless the actor is the chair office
     * @throws org.convene.platform.InvalidInputException for bad fields, an unknown summit or condition
     * @throws org.convene.platform.ConflictException field {@code label} when the summit has a field of that label
     */
    CustomFieldView define(Actor actor, long summitId, CustomFieldCommand field);

    /**
     * Changes a field. Answers already given stay; a change that would leave a dependent field's
     * condition unanswerable is refused.
     *
     * @throws org.convene.platform.ConflictException code {@code custom-field.in-use}
     */
    CustomFieldView change(Actor actor, long fieldId, CustomFieldCommand field);

    /**
     * Removes a field and its answers.
     *
     * @throws org.convene.platform.ConflictException code {@code custom-field.in-use} while another field depends on it
     */
    void delete(Actor actor, long fieldId);

    /** The summit's fields in form order; anyone who registers delegates may read them. */
    List<CustomFieldView> list(long summitId);

    /** The registration's answers, for those who may see the registration. */
    Map<Long, String> answers(Actor actor, long registrationId);

    /**
     * Replaces the registration's answers, checked as at nomination (see
     * {@link DelegateRegistration#nominate(Actor, long, Person, Map)}).
     */
    Map<Long, String> answer(Actor actor, long registrationId, Map<Long, String> answers);
}
