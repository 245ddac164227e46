package org.convene.summit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.convene.summit.RoomView;

@MappedEntity("summit_room")
record Room(
        @Id @GeneratedValue @Nullable Long id,
        Long summitId,
        String name,
        int capacity,
        @Nullable String floorArea,
        @Version @Nullable Long version) {

    RoomView view() {
        return new RoomView(id, summitId, name, capacity, floorArea);
    }
}
