package org.convene.reports;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a summit report holds, counted before it is made.
 *
 * @param language                      the summit's language, which the report prints in
 * @param consultationsWithObservations consultations that recorded observations on at least one theme
 * @param participants                  people accredited (approved, badge issued or checked in)
 */
@Serdeable
public record ReportContents(long summitId, String language, int themes, int roundtables, int publishedOutcomes,
                             int consultationsWithObservations, long participants) {
}
