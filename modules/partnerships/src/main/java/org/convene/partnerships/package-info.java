/**
 * The Platform for Partnerships: a public catalogue of policies and practices, each with its SDG
 * goals and targets, period, place, aim and key partners; filtered by goal or target, place and
 * words. Practices come from CSV files (states' submissions) and from roundtables' published
 * outcomes, whose link they keep. Public: {@link org.convene.partnerships.Partnerships} and its records.
 */
@ApplicationModule(name = "partnerships", allowedDependencies = {"platform", "roundtables"})
package org.convene.partnerships;

import org.convene.platform.ApplicationModule;
