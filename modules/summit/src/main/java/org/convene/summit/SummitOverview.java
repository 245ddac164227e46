package org.convene.summit;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Everything the summit overview page shows: the summit, its chairmanship's troika, themes and rooms. */
@Serdeable
public record SummitOverview(SummitView summit, TroikaView troika, List<ThemeView> themes, List<RoomView> rooms) {
}
