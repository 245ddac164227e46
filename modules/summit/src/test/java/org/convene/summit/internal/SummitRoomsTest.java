package org.convene.summit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.platform.NotFoundException;
import org.convene.summit.RoomCommand;
import org.convene.summit.RoomView;
import org.convene.summit.SummitLimits;
import org.convene.testing.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummitRoomsTest extends SummitModuleTest {
    private long berlin;
    private long marrakesh;

    @BeforeEach
    void twoSummits() {
        long germanyMorocco = createGermanyMorocco();
        berlin = createBerlin(germanyMorocco);
        marrakesh = summits.create(Summits2017.marrakesh(germanyMorocco)).id();
    }

    @Test
    void rooms_are_listed_by_name_and_stored_stripped() {
        setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, " ground floor "));
        setup.addRoom(berlin, new RoomCommand(" Europasaal ", 300, "  "));
        setup.addRoom(berlin, new RoomCommand("Atrium", 120, null));

        List<RoomView> rooms = setup.rooms(berlin);

        assertThat(rooms).extracting(RoomView::name).containsExactly("Atrium", "Europasaal", "Weltsaal");
        assertThat(rooms).extracting(RoomView::floorArea).containsExactly(null, null, "ground floor");
        assertThat(setup.room(rooms.getFirst().id())).isEqualTo(rooms.getFirst());
    }

    @Test
    void a_second_room_of_the_same_name_in_the_same_summit_is_refused() {
        setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, null));

        Problem.conflict(() -> setup.addRoom(berlin, new RoomCommand(" Weltsaal ", 50, null)), "name", "room.name.taken");

        assertThat(tables.count("summit_room")).isEqualTo(1);
    }

    @Test
    void room_names_differing_only_in_case_count_as_the_same_room() {
        setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, null));

        Problem.conflict(() -> setup.addRoom(berlin, new RoomCommand("WELTSAAL", 50, null)), "name", "room.name.taken");
    }

    @Test
    void another_summit_may_have_a_room_of_the_same_name() {
        setup.addRoom(berlin, new RoomCommand("Plenary", 800, null));

        RoomView added = setup.addRoom(marrakesh, new RoomCommand("Plenary", 2000, null));

        assertThat(setup.rooms(marrakesh)).containsExactly(added);
    }

    @Test
    void update_changes_the_room_and_may_keep_its_own_name() {
        RoomView weltsaal = setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, null));

        RoomView updated = setup.updateRoom(weltsaal.id(), new RoomCommand("Weltsaal", 750, "ground floor"));

        assertThat(updated).isEqualTo(new RoomView(weltsaal.id(), berlin, "Weltsaal", 750, "ground floor"));
        assertThat(setup.room(weltsaal.id())).isEqualTo(updated);
    }

    @Test
    void update_to_the_name_of_another_room_is_refused() {
        setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, null));
        RoomView europasaal = setup.addRoom(berlin, new RoomCommand("Europasaal", 300, null));

        Problem.conflict(() -> setup.updateRoom(europasaal.id(), new RoomCommand("Weltsaal", 300, null)), "name", "room.name.taken");

        assertThat(setup.room(europasaal.id())).isEqualTo(europasaal);
    }

    @Test
    void delete_removes_only_that_room() {
        RoomView weltsaal = setup.addRoom(berlin, new RoomCommand("Weltsaal", 800, null));
        RoomView europasaal = setup.addRoom(berlin, new RoomCommand("Europasaal", 300, null));

        setup.deleteRoom(weltsaal.id());

        assertThat(setup.rooms(berlin)).containsExactly(europasaal);
    }

    @Test
    void a_room_needs_a_name_and_a_capacity_within_bounds() {
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand(" ", 10, null)), "name", "validation.required");
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand("n".repeat(SummitLimits.ROOM_NAME_MAX + 1), 10, null)),
                "name", "validation.too-long");
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand("Weltsaal", null, null)), "capacity", "validation.required");
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand("Weltsaal", 0, null)), "capacity", "room.capacity.range");
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand("Weltsaal", SummitLimits.ROOM_CAPACITY_MAX + 1, null)),
                "capacity", "room.capacity.range");
        Problem.invalid(() -> setup.addRoom(berlin, new RoomCommand("Weltsaal", 10, "f".repeat(SummitLimits.ROOM_FLOOR_MAX + 1))),
                "floorArea", "validation.too-long");

        assertThat(tables.count("summit_room")).isZero();
    }

    @Test
    void unknown_summits_and_rooms_are_not_found() {
        assertThatThrownBy(() -> setup.rooms(424242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.addRoom(424242, new RoomCommand("Weltsaal", 800, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.room(424242)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.updateRoom(424242, new RoomCommand("Weltsaal", 800, null))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> setup.deleteRoom(424242)).isInstanceOf(NotFoundException.class);
    }
}
