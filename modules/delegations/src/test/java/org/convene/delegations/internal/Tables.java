package org.convene.delegations.internal;

import javax.sql.DataSource;
import org.convene.testing.Sql;

/** This module's tables and the summits they hang on, emptied between tests. */
final class Tables extends Sql {
    Tables(DataSource dataSource) {
        super(dataSource);
    }

    /** History and role quotas go by cascade. */
    void clear() {
        update("DELETE FROM delegation_registration");
        update("DELETE FROM delegation_group");
        update("DELETE FROM summit_summit");
        update("DELETE FROM summit_chairmanship");
    }
}
