/**
 * The programme of a summit: its sessions in the venue's rooms, the conflicts between them, the
 * public programme and each registered person's agenda, as pages, PDFs and iCal.
 * Public: {@link org.convene.programme.Programme}, {@link org.convene.programme.PersonalAgendas},
 * {@link org.convene.programme.AgendaExports} and their records.
 */
@ApplicationModule(name = "programme", allowedDependencies = {"platform", "summit", "delegations", "documents"})
package org.convene.programme;

import org.convene.platform.ApplicationModule;
