package org.convene.summit;

import java.util.List;

/** The themes of a summit and the rooms of its venue. */
public interface SummitSetup {
    /** Appends a theme after the summit's last one. */
    ThemeView addTheme(long summitId, ThemeCommand command);

    ThemeView updateTheme(long themeId, ThemeCommand command);

    void deleteTheme(long themeId);

    /** The summit's themes in order. @throws org.convene.platform.NotFoundException for an unknown summit */
    List<ThemeView> themes(long summitId);

    ThemeView theme(long themeId);

    /** @throws org.convene.platform.ConflictException when the summit already has a room of that name */
    RoomView addRoom(long summitId, RoomCommand command);

    RoomView updateRoom(long roomId, RoomCommand command);

    void deleteRoom(long roomId);

    /** The summit's rooms by name. */
    List<RoomView> rooms(long summitId);

    RoomView room(long roomId);
}
