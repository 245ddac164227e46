package org.convene.identity;

/** Checks a password, with throttling so a password cannot be guessed by trying. */
public interface SignIn {
    /**
     * @param source where the attempt comes from (the client's address), for throttling
     */
    SignInResult signIn(String email, String password, String source);
}
