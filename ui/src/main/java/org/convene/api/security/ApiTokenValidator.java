package org.convene.api.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import org.convene.identity.ApiTokens;
import org.reactivestreams.Publisher;

/**
 * Personal API tokens, sent as {@code Authorization: Bearer cvn_…}. The look-up blocks, which is
 * fine here: the servlet engine runs each request on its own Jetty thread, not an event loop.
 */
@Singleton
class ApiTokenValidator implements TokenValidator<HttpRequest<?>> {
    private final ApiTokens tokens;

    ApiTokenValidator(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        return tokens.authenticate(token)
                .map(user -> Publishers.just(Authentication.build(user.email(), CallerAuthentication.roles(user),
                        CallerAuthentication.attributes(user))))
                .orElseGet(Publishers::empty);
    }
}
