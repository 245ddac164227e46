package org.convene.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;

/** Assertions on the field problems a refused command answers. */
public final class Problem {
    private Problem() {
    }

    /** Asserts the command is refused as invalid with (at least) this field and code; answers the problem. */
    public static FieldProblem invalid(ThrowingCallable command, String field, String code) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, command);
        assertThat(refused).as("refused as invalid input").isNotNull();
        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::code).contains(tuple(field, code));
        return refused.problems().stream().filter(p -> p.field().equals(field) && p.code().equals(code)).findFirst().orElseThrow();
    }

    /** Asserts the command is refused as a conflict on this field with this code; answers the problem. */
    public static FieldProblem conflict(ThrowingCallable command, String field, String code) {
        ConflictException refused = catchThrowableOfType(ConflictException.class, command);
        assertThat(refused).as("refused as a conflict").isNotNull();
        assertThat(refused.problem().field()).isEqualTo(field);
        assertThat(refused.problem().code()).isEqualTo(code);
        return refused.problem();
    }
}
