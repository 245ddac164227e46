package org.convene.delegations;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which custom fields a form asks, given the answers so far. The server and the screens use this
 * one rule, so a field hidden on screen is never required by the server.
 */
public record CustomForm(List<CustomFieldView> fields) {

    /** The ids of the fields shown: those without a condition, and those whose condition field is shown and answered as required. */
    public Set<Long> shown(Map<Long, String> answers) {
        Set<Long> shown = new HashSet<>();
        // In position order: a condition always points to an earlier field, so it is decided already.
        for (CustomFieldView field : fields) {
            Long condition = field.shownWhenFieldId();
            if (condition == null
                    || (shown.contains(condition) && field.shownWhenValue() != null && field.shownWhenValue().equals(answers.get(condition)))) {
                shown.add(field.id());
            }
        }
        return shown;
    }
}
