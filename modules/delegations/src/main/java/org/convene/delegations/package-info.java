/**
 * Stakeholder groups of a summit with their quotas, and the registration of delegates from
 * nomination to check-in. Public: {@link org.convene.delegations.StakeholderGroups},
 * {@link org.convene.delegations.DelegateRegistration}, {@link org.convene.delegations.BulkRegistration}
 * (CSV/XLSX uploads), {@link org.convene.delegations.BulkDecisions},
 * {@link org.convene.delegations.RegistrationExport}, their records and events.
 */
@ApplicationModule(name = "delegations", allowedDependencies = {"platform", "identity", "summit", "documents", "mail"})
package org.convene.delegations;

import org.convene.platform.ApplicationModule;
