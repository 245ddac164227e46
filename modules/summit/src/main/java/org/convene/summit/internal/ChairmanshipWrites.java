package org.convene.summit.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.summit.ChairmanshipCommand;
import org.convene.summit.ChairmanshipView;

/**
 * The writes of chairmanships, each one transaction that first locks the chairmanships it checks.
 * REPEATABLE READ is asked for explicitly (it is MariaDB's default) because the lock on an empty
 * table, or on the gap after its last row, is a next-key lock, which READ COMMITTED does not take.
 * Every locking read comes before any plain read, so the plain reads see what the lock protects.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
class ChairmanshipWrites {
    private final Chairmanships chairmanships;
    private final ChairmanshipChairs chairs;
    private final Summits summits;

    ChairmanshipWrites(Chairmanships chairmanships, ChairmanshipChairs chairs, Summits summits) {
        this.chairmanships = chairmanships;
        this.chairs = chairs;
        this.summits = summits;
    }

    ChairmanshipView create(ChairmanshipCommand command) {
        Term term = ChairmanshipRules.check(command);
        refuseOverlap(term, chairmanships.lockAll(), null);
        Chairmanship saved = chairmanships.save(new Chairmanship(null, term.start(), term.end(), null));
        saveChairs(saved.id(), command.chairs());
        return saved.view(command.chairs());
    }

    ChairmanshipView update(long id, ChairmanshipCommand command) {
        Term term = ChairmanshipRules.check(command);
        List<Chairmanship> all = chairmanships.lockAll();
        Chairmanship current = all.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("chairmanship", id));
        refuseOverlap(term, all, id);
        refuseSummitsOutside(id, term);
        Chairmanship saved = chairmanships.update(current.withTerm(term));
        chairs.deleteByChairmanshipId(id);
        saveChairs(id, command.chairs());
        return saved.view(command.chairs());
    }

    void delete(long id) {
        chairmanships.lockById(id).orElseThrow(() -> new NotFoundException("chairmanship", id));
        if (summits.existsByChairmanshipId(id)) {
            throw new ConflictException("id", "chairmanship.has-summits", "the chairmanship still has summits; delete them first");
        }
        // Its chairs go with it (ON DELETE CASCADE).
        chairmanships.deleteById(id);
    }

    private void refuseOverlap(Term term, List<Chairmanship> all, Long self) {
        all.stream()
                .filter(other -> !Objects.equals(other.id(), self) && other.term().overlaps(term))
                .min(Comparator.comparing(Chairmanship::termStart))
                .ifPresent(other -> {
                    throw new ConflictException("termStart", "chairmanship.term.overlap",
                            "the term overlaps the chairmanship of " + String.join(", ", chairStates(other.id()))
                                    + " (" + other.term() + ")");
                });
    }

    /** A new term must still hold every summit of the chairmanship. */
    private void refuseSummitsOutside(long id, Term term) {
        for (Summit summit : summits.findByChairmanshipId(id)) {
            if (summit.startDate().isBefore(term.start())) {
                throw new ConflictException("termStart", "chairmanship.term.summits-outside",
                        "the summit \"" + summit.title() + "\" starts on " + summit.startDate() + ", before the new term");
            }
            if (summit.endDate().isAfter(term.end())) {
                throw new ConflictException("termEnd", "chairmanship.term.summits-outside",
                        "the summit \"" + summit.title() + "\" ends on " + summit.endDate() + ", after the new term");
            }
        }
    }

    private void saveChairs(long chairmanshipId, List<String> states) {
        for (int i = 0; i < states.size(); i++) {
            chairs.save(new ChairmanshipChair(null, chairmanshipId, states.get(i), i + 1));
        }
    }

    private List<String> chairStates(long chairmanshipId) {
        return chairs.findByChairmanshipIdOrderByPosition(chairmanshipId).stream().map(ChairmanshipChair::stateCode).toList();
    }
}
