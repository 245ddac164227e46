package org.convene.delegations;

/** Optional, and used for participation statistics only. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
