package org.convene.summit;

import java.util.List;
import java.util.Optional;

/**
 * Chairmanships, ordered by the start of their term; terms never overlap. The troika is derived
 * from that order, never stored.
 */
public interface ChairmanshipManagement {
    /** @throws org.convene.platform.InvalidInputException for bad fields, ConflictException for an overlapping term */
    ChairmanshipView create(ChairmanshipCommand command);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    ChairmanshipView update(long id, ChairmanshipCommand command);

    /** Refused (ConflictException) while the chairmanship has summits. */
    void delete(long id);

    /** All chairmanships, oldest term first. */
    List<ChairmanshipView> list();

    Optional<ChairmanshipView> find(long id);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    TroikaView troika(long id);
}
