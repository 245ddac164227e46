package org.convene.delegations.internal;

import javax.sql.DataSource;
import org.convene.testing.Sql;

/** This module's tables and the summits they hang on, emptied between tests. */
final class Tables extends Sql {
    Tables(DataSource dataSource) {
        super(dataSource);
    }

    /** History, role quotas and custom answers go by cascade; conditions are cut first, as they point within the table. */
    void clear() {
        update("UPDATE delegation_custom_field SET shown_when_field_id = NULL");
        update("DELETE FROM delegation_custom_field");
        update("DELETE FROM delegation_custom_form");
        update("DELETE FROM delegation_registration");
        update("DELETE FROM delegation_group");
        update("DELETE FROM summit_summit");
        update("DELETE FROM summit_chairmanship");
    }
}
