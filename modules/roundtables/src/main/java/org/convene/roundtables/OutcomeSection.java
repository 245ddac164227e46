package org.convene.roundtables;

/** The sections of an outcome written as rich text; the fourth, the SDG targets, is a list of references. */
public enum OutcomeSection {
    KEY_MESSAGES("keyMessages"),
    RECOMMENDATIONS("recommendations"),
    PRACTICES("practices");

    private final String field;

    OutcomeSection(String field) {
        this.field = field;
    }

    /** The field of {@link OutcomeDraft} and of the API that holds the section. */
    public String field() {
        return field;
    }
}
