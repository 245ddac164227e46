package org.convene.programme;

import java.util.List;

/**
 * What another module adds to a person's agenda, page, PDF and calendar feed alike (Open Space
 * meetings). The programme cannot depend on those modules, so they implement this and the
 * programme merges every contributor's items into the agenda, by start.
 */
public interface AgendaContributor {
    /**
     * The person's items, each as a session-like view with a calendar {@code uid} of its own, and
     * {@link AgendaPart#MEETING}. Called inside the agenda's read-only transaction.
     */
    List<AgendaItem> itemsFor(long registrationId);
}
