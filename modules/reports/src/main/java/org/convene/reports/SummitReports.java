package org.convene.reports;

import org.convene.delegations.Actor;

/**
 * The summit report (chair's summary): the overarching theme and themes, per theme the regional
 * consultations' observations and the roundtables' published outcomes, the practices announced and
 * the participation figures. It attributes nothing to anyone: no speaker, rapporteur or author is
 * ever named. Only the chair office makes it (at any time, as a draft before the summit ends too);
 * it reaches others when the chair office distributes it.
 */
public interface SummitReports {
    /**
     * What the report will hold now.
     *
     * @throws org.convene.platform.AccessDeniedException unless the actor is the chair office
     * @throws org.convene.platform.NotFoundException for an unknown summit
     */
    ReportContents contents(Actor actor, long summitId);

    /**
     * The report as A4 PDF in the summit's language, with contents and page numbers.
     *
     * @throws org.convene.platform.AccessDeniedException unless the actor is the chair office
     * @throws org.convene.platform.NotFoundException for an unknown summit
     */
    byte[] pdf(Actor actor, long summitId);

    /** Whether the actor may make summit reports: the chair office. */
    boolean mayMake(Actor actor);
}
