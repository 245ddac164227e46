/**
 * Chairmanships and the troika derived from them, summits, their themes and venue rooms.
 * Public: {@link org.convene.summit.ChairmanshipManagement}, {@link org.convene.summit.SummitManagement},
 * {@link org.convene.summit.SummitSetup} and their records.
 */
@ApplicationModule(name = "summit", allowedDependencies = {"platform", "identity"})
package org.convene.summit;

import org.convene.platform.ApplicationModule;
