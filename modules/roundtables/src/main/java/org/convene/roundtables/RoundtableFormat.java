package org.convene.roundtables;

/** How a roundtable is held. */
public enum RoundtableFormat {
    /** one table, the co-chairs leading the discussion */
    ROUNDTABLE,
    /** small tables in rounds, participants moving between them */
    WORLD_CAFE
}
