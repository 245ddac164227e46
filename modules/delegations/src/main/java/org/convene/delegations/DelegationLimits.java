package org.convene.delegations;

/** Field limits shared by the API, the forms and the domain checks (lengths in code points). */
public final class DelegationLimits {
    public static final int GROUP_NAME_MAX = 200;
    public static final int PLACES_MAX = 100_000;
    public static final int NAME_MAX = 100;
    public static final int ORGANISATION_MAX = 200;
    public static final int TITLE_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int NEEDS_MAX = 1000;
    public static final int REASON_MAX = 1000;

    private DelegationLimits() {
    }
}
