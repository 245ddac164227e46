package org.convene.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.platform.FieldProblem;

/**
 * Every error Micronaut itself answers (unknown route, malformed JSON, 401, 403, 405, 500) as an
 * RFC 7807 problem detail, like the ones our own exception handlers write.
 */
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return (MutableHttpResponse<Problem>) response;
        }
        int status = response.code();
        // A 500 says nothing about its cause: stack traces and SQL stay in the log.
        String detail = status >= 500 || context.getErrors().isEmpty() ? null : context.getErrors().getFirst().getMessage();
        List<FieldProblem> errors = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new FieldProblem(e.getPath().get(), "validation", e.getMessage()))
                .toList();
        Problem problem = new Problem("about:blank", response.getStatus().getReason(), status, detail,
                context.getRequest().getPath(), errors.isEmpty() ? null : errors);
        return response.body(problem).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
