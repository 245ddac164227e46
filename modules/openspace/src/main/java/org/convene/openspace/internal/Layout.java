package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.convene.openspace.OpenSpaceSetup;
import org.convene.openspace.Slot;

/** Reads a summit's Open Space layout; joins the caller's transaction. */
@Singleton
class Layout {
    private final Settings settings;
    private final Periods periods;
    private final Places places;

    Layout(Settings settings, Periods periods, Places places) {
        this.settings = settings;
        this.periods = periods;
        this.places = places;
    }

    OpenSpaceSetup of(long summitId) {
        int minutes = minutes(summitId);
        List<OpenSpaceSetup.Period> shown = periods(summitId);
        List<OpenSpaceSetup.Place> placeViews = places.bySummit(summitId).stream()
                .map(p -> new OpenSpaceSetup.Place(p.id(), p.name(), p.capacity())).toList();
        return new OpenSpaceSetup(summitId, minutes, shown, placeViews, SlotGrid.slots(shown, minutes));
    }

    /** The slot starting then, from the periods and the slot length read in one statement (the booking path needs no more). */
    Optional<Slot> slot(long summitId, LocalDateTime start) {
        List<SpanRow> spans = periods.spans(summitId);
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Integer minutes = spans.getFirst().slotMinutes();
        return SlotGrid.find(spans.stream().map(s -> new Slot(s.startsAt(), s.endsAt())).toList(),
                minutes == null ? OpenSpaceSetup.DEFAULT_SLOT_MINUTES : minutes, start);
    }

    private int minutes(long summitId) {
        return settings.findById(summitId).map(SettingsRow::slotMinutes).orElse(OpenSpaceSetup.DEFAULT_SLOT_MINUTES);
    }

    private List<OpenSpaceSetup.Period> periods(long summitId) {
        return periods.findBySummitIdOrderByStartsAt(summitId).stream()
                .map(p -> new OpenSpaceSetup.Period(p.id(), p.sessionId(), p.title(), p.startsAt(), p.endsAt())).toList();
    }

    int largestCapacity(long summitId) {
        return places.largestCapacity(summitId);
    }

    /** The place's name, "" if it is gone. */
    String placeName(long placeId) {
        return places.findById(placeId).map(PlaceRow::name).orElse("");
    }
}
