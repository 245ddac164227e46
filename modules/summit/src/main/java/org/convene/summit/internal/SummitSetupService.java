package org.convene.summit.internal;

import jakarta.inject.Singleton;
import java.util.List;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitSetup;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;

/** The facade for a summit's themes and rooms; each half lives in its own transactional service. */
@Singleton
class SummitSetupService implements SummitSetup {
    private final ThemeService themes;
    private final RoomService rooms;

    SummitSetupService(ThemeService themes, RoomService rooms) {
        this.themes = themes;
        this.rooms = rooms;
    }

    @Override
    public ThemeView addTheme(long summitId, ThemeCommand command) {
        return themes.add(summitId, command);
    }

    @Override
    public ThemeView updateTheme(long themeId, ThemeCommand command) {
        return themes.update(themeId, command);
    }

    @Override
    public void deleteTheme(long themeId) {
        themes.delete(themeId);
    }

    @Override
    public List<ThemeView> themes(long summitId) {
        return themes.ofSummit(summitId);
    }

    @Override
    public ThemeView theme(long themeId) {
        return themes.get(themeId);
    }

    @Override
    public RoomView addRoom(long summitId, RoomCommand command) {
        return rooms.add(summitId, command);
    }

    @Override
    public RoomView updateRoom(long roomId, RoomCommand command) {
        return rooms.update(roomId, command);
    }

    @Override
    public void deleteRoom(long roomId) {
        rooms.delete(roomId);
    }

    @Override
    public List<RoomView> rooms(long summitId) {
        return rooms.ofSummit(summitId);
    }

    @Override
    public RoomView room(long roomId) {
        return rooms.get(roomId);
    }
}
