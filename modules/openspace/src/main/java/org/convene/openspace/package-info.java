/**
 * The Open Space of a summit: its periods (programme sessions of kind Open Space), the slot length,
 * the meeting places (tables, small rooms) with their capacity; attendees who chose to be findable
 * request meetings with each other, and a meeting is booked into a place for a slot atomically, so
 * nobody and no place is ever booked twice in one slot (docs/decisions/0012).
 * Public: {@link org.convene.openspace.OpenSpace} and its records.
 */
@ApplicationModule(name = "openspace",
        allowedDependencies = {"platform", "identity", "summit", "delegations", "programme", "mail"})
package org.convene.openspace;

import org.convene.platform.ApplicationModule;
