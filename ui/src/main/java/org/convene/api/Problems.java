package org.convene.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import org.convene.platform.FieldProblem;

/** Builds problem responses; shared by the exception handlers. */
final class Problems {
    private Problems() {
    }

    static MutableHttpResponse<Problem> response(HttpRequest<?> request, HttpStatus status, String detail, List<FieldProblem> errors) {
        Problem body = new Problem("about:blank", status.getReason(), status.getCode(), detail, request.getPath(),
                errors == null || errors.isEmpty() ? null : errors);
        return HttpResponse.<Problem>status(status).body(body).contentType(MediaType.of(Problem.MEDIA_TYPE));
    }
}
