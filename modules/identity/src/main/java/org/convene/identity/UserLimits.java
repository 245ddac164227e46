package org.convene.identity;

/** Field limits shared by the API, the forms and the checks. */
public final class UserLimits {
    public static final int EMAIL_MAX = 254;
    public static final int NAME_MAX = 200;
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 200;
    public static final int TOKEN_NAME_MAX = 100;

    private UserLimits() {
    }
}
