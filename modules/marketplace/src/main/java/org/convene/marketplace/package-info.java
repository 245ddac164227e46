/**
 * The marketplace of a summit: a floor plan (a grid, or an uploaded plan image) with booths,
 * exhibitors' applications with their products, the chair office's decisions and booth allocations,
 * and a shared stage whose presentation slots accepted exhibitors book. Exhibitors are told of
 * decisions and booths by mail, through the outbox.
 * Public: {@link org.convene.marketplace.Marketplace} and its records.
 */
@ApplicationModule(name = "marketplace", allowedDependencies = {"platform", "identity", "summit", "delegations", "mail"})
package org.convene.marketplace;

import org.convene.platform.ApplicationModule;
