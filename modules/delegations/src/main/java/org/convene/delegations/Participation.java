package org.convene.delegations;

import org.convene.platform.AccessDeniedException;

/** Figures of a summit's accreditation for the chair office's dashboard and the API. */
public interface Participation {
    /** @throws AccessDeniedException unless the actor is the chair office */
    SummitFigures figures(Actor actor, long summitId);
}
