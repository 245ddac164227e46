package org.convene.reports;

import java.util.List;
import org.convene.delegations.Actor;

/**
 * The thematic recollection: what the published roundtable outcomes and the regional consultations'
 * observations of all summits said on a subject, to see which themes and recommendations recur.
 * Open to the chair office, resource persons and rapporteurs.
 */
public interface Recollection {
    /**
     * Finds the outcomes and observations whose theme, roundtable title or text holds every one of
     * the words (ignoring case and accents), and, when an SDG is given, the outcomes that name it (a
     * goal finds its targets too). Observations name no SDG, so an SDG search finds outcomes only.
     * Newest summit first; within a summit outcomes by roundtable number, then observations by theme.
     *
     * @throws org.convene.platform.InvalidInputException field {@code sdg} for what is not a goal or a
     *         target, field {@code words} when neither words nor an SDG are given
     * @throws org.convene.platform.AccessDeniedException unless the actor is the chair office, a
     *         resource person or a rapporteur
     */
    List<RecollectionHit> search(Actor actor, String words, String sdg);

    /** Whether the actor may search: the chair office, resource persons and rapporteurs. */
    boolean mayUse(Actor actor);
}
