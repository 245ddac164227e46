package org.convene.openspace.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.convene.openspace.OpenSpaceLimits;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.Slot;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.programme.Programme;
import org.convene.programme.SessionKind;
import org.convene.programme.SessionView;

/** The chair office's changes to the layout, each one transaction. */
@Singleton
@Transactional
class LayoutWrites {
    private final Settings settings;
    private final Periods periods;
    private final Places places;
    private final Meetings meetings;
    private final Layout layout;
    private final Programme programme;

    LayoutWrites(Settings settings, Periods periods, Places places, Meetings meetings, Layout layout, Programme programme) {
        this.settings = settings;
        this.periods = periods;
        this.places = places;
        this.meetings = meetings;
        this.layout = layout;
        this.programme = programme;
    }

    void configure(long summitId, int slotMinutes, List<Long> sessionIds) {
        if (slotMinutes < OpenSpaceLimits.SLOT_MINUTES_MIN || slotMinutes > OpenSpaceLimits.SLOT_MINUTES_MAX) {
            throw InvalidInputException.of("slotMinutes", "openspace.slot.length", "a slot lasts " + OpenSpaceLimits.SLOT_MINUTES_MIN
                    + " to " + OpenSpaceLimits.SLOT_MINUTES_MAX + " minutes");
        }
        List<PeriodRow> rows = new ArrayList<>();
        for (long id : new LinkedHashSet<>(sessionIds)) {
            SessionView s = programme.sessions(summitId).stream().filter(x -> x.id() == id).findFirst().orElse(null);
            if (s == null || s.kind() != SessionKind.OPEN_SPACE) {
                throw InvalidInputException.of("sessionIds", "openspace.period.kind", "pick sessions of kind Open Space of this summit");
            }
            rows.add(new PeriodRow(null, summitId, s.id(), s.title(), s.start(), s.end()));
        }
        List<OpenSpaceSetup.Period> shown = rows.stream()
                .map(r -> new OpenSpaceSetup.Period(0, r.sessionId(), r.title(), r.startsAt(), r.endsAt())).toList();
        if (SlotGrid.overlapping(shown).isPresent()) {
            throw InvalidInputException.of("sessionIds", "openspace.period.overlap", "Open Space periods may not overlap");
        }
        List<Slot> slots = SlotGrid.slots(shown, slotMinutes);
        boolean stranded = meetings.bySummit(summitId).stream()
                .anyMatch(m -> !slots.contains(new Slot(m.slotStart(), m.slotEnd())));
        if (stranded) {
            throw new ConflictException("slotMinutes", "openspace.meetings.stranded",
                    "booked meetings would no longer fall on a slot; cancel them first");
        }
        SettingsRow row = new SettingsRow(summitId, slotMinutes);
        if (settings.existsById(summitId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        periods.deleteBySummitId(summitId);
        periods.saveAll(rows);
    }

    OpenSpaceSetup.Place addPlace(long summitId, String rawName, int capacity) {
        String name = Texts.stripped(rawName);
        Problems problems = new Problems().text("name", name, OpenSpaceLimits.PLACE_NAME_MAX);
        if (capacity < OpenSpaceLimits.CAPACITY_MIN || capacity > OpenSpaceLimits.CAPACITY_MAX) {
            problems.add("capacity", "openspace.place.capacity", "a place seats " + OpenSpaceLimits.CAPACITY_MIN + " to "
                    + OpenSpaceLimits.CAPACITY_MAX + " people");
        }
        problems.throwIfAny();
        if (places.existsBySummitIdAndName(summitId, name)) {
            throw new ConflictException("name", "openspace.place.taken", "the Open Space has a place of that name");
        }
        PlaceRow row = places.save(new PlaceRow(null, summitId, name, capacity));
        return new OpenSpaceSetup.Place(row.id(), row.name(), row.capacity());
    }

    long removePlace(long placeId) {
        PlaceRow place = places.findById(placeId).orElseThrow(() -> new NotFoundException("place", placeId));
        if (meetings.existsByPlaceId(placeId)) {
            throw new ConflictException("placeId", "openspace.place.used", "meetings are booked at this place; cancel them first");
        }
        places.delete(place);
        return place.summitId();
    }

    OpenSpaceSetup setup(long summitId) {
        return layout.of(summitId);
    }
}
