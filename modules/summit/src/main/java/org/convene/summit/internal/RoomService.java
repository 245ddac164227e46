package org.convene.summit.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.function.Supplier;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.platform.db.SqlErrors;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitLimits;

/**
 * Rooms of a summit's venue. A room name is unique per summit: checked first for a clear answer,
 * and held by the unique key when two requests add the same name at once.
 */
@Singleton
@Transactional
class RoomService {
    private final Rooms rooms;
    private final Summits summits;

    RoomService(Rooms rooms, Summits summits) {
        this.rooms = rooms;
        this.summits = summits;
    }

    RoomView add(long summitId, RoomCommand command) {
        requireSummit(summitId);
        check(command);
        String name = command.name().strip();
        if (rooms.existsBySummitIdAndName(summitId, name)) {
            throw taken(name);
        }
        return refusingTakenName(name, () -> rooms.save(room(null, summitId, command, null))).view();
    }

    RoomView update(long roomId, RoomCommand command) {
        Room room = find(roomId);
        check(command);
        String name = command.name().strip();
        if (rooms.existsBySummitIdAndNameAndIdNotEqual(room.summitId(), name, roomId)) {
            throw taken(name);
        }
        return refusingTakenName(name, () -> rooms.update(room(roomId, room.summitId(), command, room.version()))).view();
    }

    void delete(long roomId) {
        rooms.delete(find(roomId));
    }

    @Transactional(readOnly = true)
    List<RoomView> ofSummit(long summitId) {
        requireSummit(summitId);
        return rooms.findBySummitIdOrderByName(summitId).stream().map(Room::view).toList();
    }

    @Transactional(readOnly = true)
    RoomView get(long roomId) {
        return find(roomId).view();
    }

    private Room find(long roomId) {
        return rooms.findById(roomId).orElseThrow(() -> new NotFoundException("room", roomId));
    }

    private void requireSummit(long summitId) {
        if (!summits.existsById(summitId)) {
            throw new NotFoundException("summit", summitId);
        }
    }

    private static void check(RoomCommand command) {
        Problems problems = new Problems();
        problems.text("name", Texts.stripped(command.name()), SummitLimits.ROOM_NAME_MAX);
        problems.required("capacity", command.capacity());
        if (command.capacity() != null && (command.capacity() < 1 || command.capacity() > SummitLimits.ROOM_CAPACITY_MAX)) {
            problems.add("capacity", "room.capacity.range", "capacity must be between 1 and " + SummitLimits.ROOM_CAPACITY_MAX);
        }
        problems.optionalText("floorArea", Texts.strippedOrNull(command.floorArea()), SummitLimits.ROOM_FLOOR_MAX);
        problems.throwIfAny();
    }

    /** The same answer as the check above when another request took the name between that check and this write. */
    private static Room refusingTakenName(String name, Supplier<Room> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw taken(name);
            }
            throw e;
        }
    }

    private static ConflictException taken(String name) {
        return new ConflictException("name", "room.name.taken", "the summit already has a room named \"" + name + "\"");
    }

    private static Room room(Long id, long summitId, RoomCommand c, Long version) {
        return new Room(id, summitId, c.name().strip(), c.capacity(), Texts.strippedOrNull(c.floorArea()), version);
    }
}
