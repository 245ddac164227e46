package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.util.List;
import org.convene.openspace.OpenSpaceSetup;

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
        int minutes = settings.findById(summitId).map(SettingsRow::slotMinutes).orElse(OpenSpaceSetup.DEFAULT_SLOT_MINUTES);
        List<OpenSpaceSetup.Period> shown = periods.findBySummitIdOrderByStartsAt(summitId).stream()
                .map(p -> new OpenSpaceSetup.Period(p.id(), p.sessionId(), p.title(), p.startsAt(), p.endsAt())).toList();
        List<OpenSpaceSetup.Place> placeViews = places.bySummit(summitId).stream()
                .map(p -> new OpenSpaceSetup.Place(p.id(), p.name(), p.capacity())).toList();
        return new OpenSpaceSetup(summitId, minutes, shown, placeViews, SlotGrid.slots(shown, minutes));
    }

    String placeName(long placeId) {
        return places.findById(placeId).map(PlaceRow::name).orElse("");
    }
}
