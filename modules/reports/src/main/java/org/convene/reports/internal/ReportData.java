package org.convene.reports.internal;

import java.util.List;
import java.util.Map;
import org.convene.consultations.ConsultationObservation;
import org.convene.delegations.SummitFigures;
import org.convene.roundtables.PublishedOutcome;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/**
 * Everything a summit report is made from, read from the other modules' facades. None of it names
 * a person: observations and published outcomes carry no author, the figures only counts.
 *
 * @param chairs       the chairmanship's states (ISO codes)
 * @param observations per theme id, the consultations' observations by start date
 * @param outcomes     the published outcomes by roundtable number
 */
record ReportData(SummitView summit, List<String> chairs, List<ThemeView> themes,
                  Map<Long, List<ConsultationObservation>> observations, List<PublishedOutcome> outcomes, SummitFigures figures) {
}
