package org.convene.openspace.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places accepted requests for any slot, in plain Java: larger groups first (they fit fewer
 * places), then oldest; each into the earliest slot where nobody in it is taken and the smallest
 * free place that fits (the same choice as a booking by hand, so the writes find the same places).
 * Greedy, not optimal; the result is read beside {@link #upperBound}, which no schedule can beat.
 */
final class GreedySchedule {
    record Request(long id, List<Long> people) {
    }

    record Place(long id, int capacity) {
    }

    private final List<LocalDateTime> slots;
    private final List<Place> places;
    private final Set<String> busy = new HashSet<>();
    private final Map<LocalDateTime, Set<Long>> usedPlaces = new HashMap<>();

    /**
     * @param busy      who is taken when: existing meetings' people
     * @param usedPlaces the places holding a meeting at each slot
     */
    GreedySchedule(List<LocalDateTime> slots, List<Place> places, Map<Long, Set<LocalDateTime>> busy,
                   Map<LocalDateTime, Set<Long>> usedPlaces) {
        this.slots = List.copyOf(slots);
        this.places = places.stream().sorted(Comparator.comparingInt(Place::capacity).thenComparingLong(Place::id)).toList();
        busy.forEach((person, at) -> at.forEach(slot -> this.busy.add(key(person, slot))));
        usedPlaces.forEach((slot, ids) -> this.usedPlaces.put(slot, new HashSet<>(ids)));
    }

    /** The slot chosen for each request that could be placed, in order of placing. */
    Map<Long, LocalDateTime> plan(List<Request> requests) {
        Map<Long, LocalDateTime> placed = new LinkedHashMap<>();
        List<Request> order = new ArrayList<>(requests);
        order.sort(Comparator.comparingInt((Request r) -> -r.people().size()).thenComparingLong(Request::id));
        for (Request r : order) {
            for (LocalDateTime slot : slots) {
                if (free(r, slot)) {
                    Place place = freePlace(slot, r.people().size());
                    if (place != null) {
                        usedPlaces.computeIfAbsent(slot, s -> new HashSet<>()).add(place.id());
                        r.people().forEach(p -> busy.add(key(p, slot)));
                        placed.put(r.id(), slot);
                        break;
                    }
                }
            }
        }
        return placed;
    }

    /**
     * A bound no schedule can beat, from the state before planning: the requests that could be
     * placed on their own (some slot where all their people are free and a place that fits is free),
     * and the free place-slots, since each meeting takes one.
     */
    int upperBound(List<Request> requests) {
        int feasible = 0;
        for (Request r : requests) {
            for (LocalDateTime slot : slots) {
                if (free(r, slot) && freePlace(slot, r.people().size()) != null) {
                    feasible++;
                    break;
                }
            }
        }
        int freePlaceSlots = 0;
        for (LocalDateTime slot : slots) {
            freePlaceSlots += places.size() - usedPlaces.getOrDefault(slot, Set.of()).size();
        }
        return Math.min(feasible, freePlaceSlots);
    }

    private boolean free(Request r, LocalDateTime slot) {
        return r.people().stream().noneMatch(p -> busy.contains(key(p, slot)));
    }

    private Place freePlace(LocalDateTime slot, int size) {
        Set<Long> used = usedPlaces.getOrDefault(slot, Set.of());
        return places.stream().filter(p -> p.capacity() >= size && !used.contains(p.id())).findFirst().orElse(null);
    }

    private static String key(long person, LocalDateTime slot) {
        return person + "@" + slot;
    }
}
