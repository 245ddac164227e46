/**
 * The summit report (the chair's summary) as PDF in the summit's language, and the thematic
 * recollection: what published outcomes and consultation observations said on a subject across
 * summits. Reads the other modules through their facades and owns no tables. Public:
 * {@link org.convene.reports.SummitReports}, {@link org.convene.reports.Recollection} and their records.
 */
@ApplicationModule(name = "reports",
        allowedDependencies = {"platform", "identity", "summit", "delegations", "consultations", "roundtables", "documents"})
package org.convene.reports;

import org.convene.platform.ApplicationModule;
