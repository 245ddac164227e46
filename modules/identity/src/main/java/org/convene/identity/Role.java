package org.convene.identity;

/** What a user may do. Some roles only make sense with a scope: see {@link RoleGrant}. */
public enum Role {
    CHAIR_OFFICE(ScopeKind.NONE),
    MECHANISM_LEAD(ScopeKind.MECHANISM),
    FOCAL_POINT(ScopeKind.STATE),
    RESOURCE_PERSON(ScopeKind.OPTIONAL_TEXT),
    RAPPORTEUR(ScopeKind.OPTIONAL_TEXT),
    /** scoped by the id of the summit the person attends; one account may attend several */
    ATTENDEE(ScopeKind.OPTIONAL_TEXT),
    CHECK_IN(ScopeKind.NONE);

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** Which kind of scope a role takes. */
    public enum ScopeKind {
        /** the role applies everywhere; a scope is refused */
        NONE,
        /** one of the three mechanisms */
        MECHANISM,
        /** a state, as an ISO 3166-1 alpha-2 code */
        STATE,
        /** a free reference (a roundtable, a theme), optional until those modules exist */
        OPTIONAL_TEXT
    }
}
