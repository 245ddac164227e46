/**
 * Roundtables of a summit: each belongs to a theme and is numbered within it (RT 1.1, 1.2, 2.1 …),
 * has a format, co-chairs (states), a preparation team (states and stakeholder groups), a seat
 * capacity, and later a rapporteur, a programme session, seats and an outcome.
 * Public: {@link org.convene.roundtables.Roundtables} and its records; {@link org.convene.roundtables.Outcomes}
 * for the rapporteur's outcome, its Chatham House check, versions and review workflow.
 */
@ApplicationModule(name = "roundtables",
        allowedDependencies = {"platform", "identity", "summit", "delegations", "programme", "documents"})
package org.convene.roundtables;

import org.convene.platform.ApplicationModule;
