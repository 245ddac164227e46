package org.convene.summit.internal;

import javax.sql.DataSource;
import org.convene.testing.Sql;

/** The summit module's tables, emptied between tests. */
final class Tables extends Sql {
    Tables(DataSource dataSource) {
        super(dataSource);
    }

    /** Empties the summit tables; themes, rooms and chairs go with their parents (ON DELETE CASCADE). */
    void clear() {
        update("DELETE FROM summit_summit");
        update("DELETE FROM summit_chairmanship");
    }
}
