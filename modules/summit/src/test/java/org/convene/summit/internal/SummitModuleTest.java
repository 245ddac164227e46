package org.convene.summit.internal;

import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.testing.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the summit module's database tests: the facades under test, and the summit tables
 * emptied before each test (before any {@code @BeforeEach} of a subclass, which may then add its
 * fixtures). Subclasses carry {@code @MicronautTest(transactional = false)} and
 * {@code @TestInstance(PER_CLASS)} themselves.
 */
abstract class SummitModuleTest extends DatabaseTest {
    @Inject
    ChairmanshipManagement chairmanships;
    @Inject
    SummitManagement summits;
    @Inject
    SummitSetup setup;
    @Inject
    DataSource dataSource;
    Tables tables;

    @BeforeEach
    void emptyTables() {
        tables = new Tables(dataSource);
        tables.clear();
    }

    /** Creates the German–Moroccan chairmanship (2017–2018); answers its id. */
    long createGermanyMorocco() {
        return chairmanships.create(History.GERMANY_MOROCCO).id();
    }

    /** Creates the Berlin summit of 2017 in the given chairmanship; answers its id. */
    long createBerlin(long chairmanshipId) {
        return summits.create(Summits2017.berlin(chairmanshipId)).id();
    }
}
