/**
 * PDF documents in any script: participant badges (A6, or four to an A4 sheet), agendas, and the signed,
 * opaque tokens their QR codes carry. Public: {@link org.convene.documents.BadgeRenderer},
 * {@link org.convene.documents.BadgeTokens}, {@link org.convene.documents.AgendaRenderer}, {@link org.convene.documents.ConsultationReportRenderer}, {@link org.convene.documents.SummitReportRenderer}, {@link org.convene.documents.BadgeData} and
 * {@link org.convene.documents.StakeholderGroup}. No database, no UI: a pure library.
 */
@ApplicationModule(name = "documents", allowedDependencies = {"platform"})
package org.convene.documents;

import org.convene.platform.ApplicationModule;
