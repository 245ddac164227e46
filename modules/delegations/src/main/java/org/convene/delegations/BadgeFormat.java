package org.convene.delegations;

/** How a batch of badges is printed: one A6 page per badge, or four badges to an A4 sheet. */
public enum BadgeFormat {
    A6,
    A4_SHEETS
}
