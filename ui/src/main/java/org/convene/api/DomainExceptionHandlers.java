package org.convene.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/** Turns the modules' domain exceptions into 400, 403, 404 and 409 problem details. */
final class DomainExceptionHandlers {
    private DomainExceptionHandlers() {
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
    static class InvalidInput implements ExceptionHandler<InvalidInputException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, InvalidInputException e) {
            return Problems.response(request, HttpStatus.BAD_REQUEST, "The request has invalid fields.", e.problems());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {NotFoundException.class, ExceptionHandler.class})
    static class NotFound implements ExceptionHandler<NotFoundException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFoundException e) {
            return Problems.response(request, HttpStatus.NOT_FOUND, e.getMessage(), List.of());
        }
    }

    /** The caller's role or scope does not cover this (another group, another theme, the chair office's work). */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {AccessDeniedException.class, ExceptionHandler.class})
    static class Denied implements ExceptionHandler<AccessDeniedException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, AccessDeniedException e) {
            return Problems.response(request, HttpStatus.FORBIDDEN, "Your role does not allow this.", List.of());
        }
    }

    /** Two people saved the same record at the same moment: the later one is told to reload. */
    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {OptimisticLockException.class, ExceptionHandler.class})
    static class ConcurrentChange implements ExceptionHandler<OptimisticLockException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, OptimisticLockException e) {
            return Problems.response(request, HttpStatus.CONFLICT, "Someone else changed this record at the same moment; read it again and retry.", List.of());
        }
    }

    @Singleton
    @Produces(Problem.MEDIA_TYPE)
    @Requires(classes = {ConflictException.class, ExceptionHandler.class})
    static class Conflict implements ExceptionHandler<ConflictException, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, ConflictException e) {
            FieldProblem problem = e.problem();
            return Problems.response(request, HttpStatus.CONFLICT, problem.message(), List.of(problem));
        }
    }
}
