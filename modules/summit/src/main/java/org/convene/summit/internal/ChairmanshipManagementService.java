package org.convene.summit.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.TroikaView;

/**
 * The facade. Unlike the other facades it is not transactional as a whole: each write is retried
 * on deadlock around its transaction in {@link ChairmanshipWrites}, which a retry inside the
 * transaction could not do (MariaDB has already rolled it back). The retry helps only when the
 * caller has no transaction of its own, as is the case for the UI and the API.
 */
@Singleton
class ChairmanshipManagementService implements ChairmanshipManagement {
    private final ChairmanshipWrites writes;
    private final Chairmanships chairmanships;
    private final ChairmanshipChairs chairs;

    ChairmanshipManagementService(ChairmanshipWrites writes, Chairmanships chairmanships, ChairmanshipChairs chairs) {
        this.writes = writes;
        this.chairmanships = chairmanships;
        this.chairs = chairs;
    }

    @Override
    public ChairmanshipView create(ChairmanshipCommand command) {
        return DeadlockRetry.run(() -> writes.create(command));
    }

    @Override
    public ChairmanshipView update(long id, ChairmanshipCommand command) {
        return DeadlockRetry.run(() -> writes.update(id, command));
    }

    @Override
    public void delete(long id) {
        DeadlockRetry.run(() -> writes.delete(id));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChairmanshipView> list() {
        Map<Long, List<String>> statesByChairmanship = chairs.listOrderByPosition().stream()
                .collect(Collectors.groupingBy(ChairmanshipChair::chairmanshipId,
                        Collectors.mapping(ChairmanshipChair::stateCode, Collectors.toList())));
        return chairmanships.listOrderByTermStart().stream()
                .map(c -> c.view(statesByChairmanship.getOrDefault(c.id(), List.of())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChairmanshipView> find(long id) {
        return chairmanships.findById(id).map(c -> c.view(
                chairs.findByChairmanshipIdOrderByPosition(id).stream().map(ChairmanshipChair::stateCode).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public TroikaView troika(long id) {
        List<ChairmanshipView> all = list();
        if (all.stream().noneMatch(c -> c.id() == id)) {
            throw new NotFoundException("chairmanship", id);
        }
        return Troika.around(all, id);
    }
}
