package org.convene.delegations;

/**
 * The actor may not make this change (another group's registration, or an action of the chair
 * office). The API answers 403. Reads of what the actor may not see answer
 * {@link org.convene.platform.NotFoundException} instead, so they reveal nothing.
 */
public class AccessDeniedException extends RuntimeException {
    private final String action;

    public AccessDeniedException(String action) {
        super("not allowed to " + action);
        this.action = action;
    }

    /** What was refused, e.g. {@code approve}. */
    public String action() {
        return action;
    }
}
