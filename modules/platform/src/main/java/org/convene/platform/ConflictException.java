package org.convene.platform;

/**
 * The command is well formed but clashes with what is stored (an overlapping term, a taken e-mail).
 * The API answers 409 naming the field.
 */
public class ConflictException extends RuntimeException {
    private final FieldProblem problem;

    public ConflictException(String field, String code, String message) {
        super(message);
        this.problem = new FieldProblem(field, code, message);
    }

    public FieldProblem problem() {
        return problem;
    }
}
