package org.convene.platform;

/**
 * The actor may not make this change (another group's registration, another theme's observations,
 * an action of the chair office). The API answers 403. Reads of what the actor may not see answer
 * {@link NotFoundException} instead where that hides whether it exists.
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
