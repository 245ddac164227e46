package org.convene.roundtables;

/** Sizes the editor and the API share with the checks. */
public final class OutcomeLimits {
    /** Characters of one section's Markdown. */
    public static final int SECTION_MAX = 20_000;
    public static final int SDG_TARGETS_MAX = 500;
    public static final int COMMENT_MAX = 2_000;

    private OutcomeLimits() {
    }
}
