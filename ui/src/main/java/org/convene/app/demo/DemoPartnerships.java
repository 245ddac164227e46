package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeImport;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Platform for Partnerships of the demo: the practices of the sample file (states' submissions
 * and 2019 roundtable outcomes), imported as the chair office would, and one practice promoted from
 * the demo summit's published outcome when there is one.
 */
@Singleton
class DemoPartnerships {
    static final String SAMPLE = "/org/convene/app/demo/practices-sample.csv";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPartnerships.class);
    private final Partnerships partnerships;
    private final Roundtables roundtables;

    DemoPartnerships(Partnerships partnerships, Roundtables roundtables) {
        this.partnerships = partnerships;
        this.roundtables = roundtables;
    }

    void load(long summitId) {
        PracticeImport imported = partnerships.importCsv(sample());
        LOG.info("Demo practices: {} imported, {} rows with problems", imported.imported(), imported.errors().size());
        for (PublishedOutcome outcome : roundtables.publishedOutcomes(summitId).stream().limit(1).toList()) {
            PracticeCommand draft = partnerships.draftFrom(outcome);
            partnerships.promote(outcome.roundtableId(), new PracticeCommand("Pre-departure orientation seminars", null,
                    draft.sdgTargets(), "Current", "Philippines", null, draft.aim(), "ILO, IOM", draft.source()));
        }
    }

    static byte[] sample() {
        try (InputStream in = DemoPartnerships.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
