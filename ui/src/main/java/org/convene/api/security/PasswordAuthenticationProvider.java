package org.convene.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import org.convene.identity.SignIn;
import org.convene.identity.SignInResult;

/** HTTP Basic for the API, through the same throttled sign-in as the login form. */
@Singleton
class PasswordAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {
    private final SignIn signIn;

    PasswordAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String source = request.getRemoteAddress().getAddress().getHostAddress();
        return switch (signIn.signIn(credentials.getIdentity(), credentials.getSecret(), source)) {
            case SignInResult.Accepted accepted -> AuthenticationResponse.success(accepted.user().email(),
                    CallerAuthentication.roles(accepted.user()), CallerAuthentication.attributes(accepted.user()));
            case SignInResult.Throttled throttled -> AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
            case SignInResult.Rejected rejected -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }
}
