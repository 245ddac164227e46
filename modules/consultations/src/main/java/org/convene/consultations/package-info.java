/**
 * Regional consultations of a summit: co-chaired by the forum's chair and a Regional Consultative
 * Process, with a place, dates, participants and at most three of the summit's themes; the themes'
 * resource persons record observations (sanitised rich text) and each consultation has a PDF report.
 * Public: {@link org.convene.consultations.Consultations} and its records.
 */
@ApplicationModule(name = "consultations", allowedDependencies = {"platform", "identity", "summit", "documents"})
package org.convene.consultations;

import org.convene.platform.ApplicationModule;
