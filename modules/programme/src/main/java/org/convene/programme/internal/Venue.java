package org.convene.programme.internal;

import java.util.Map;
import org.convene.summit.RoomView;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/** A summit with its rooms and themes by id: what sessions are checked against and named with. */
record Venue(SummitView summit, Map<Long, RoomView> rooms, Map<Long, ThemeView> themes) {
}
