package org.convene.roundtables.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.convene.platform.SdgRef;
import org.convene.platform.db.DeadlockRetry;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.RoundtableCommand;

/** The facade: writes in {@link RoundtableWrites}, each retried as a whole on deadlock; reads here. */
@Singleton
class RoundtableService implements Roundtables {
    private final RoundtableWrites writes;
    private final RoundtableRows rows;
    private final OutcomeRows outcomes;
    private final RoundtableData data;

    RoundtableService(RoundtableWrites writes, RoundtableRows rows, OutcomeRows outcomes, RoundtableData data) {
        this.writes = writes;
        this.rows = rows;
        this.outcomes = outcomes;
        this.data = data;
    }

    @Override
    public RoundtableView create(long summitId, RoundtableCommand command) {
        return DeadlockRetry.run(() -> writes.create(summitId, command));
    }

    @Override
    public RoundtableView update(long roundtableId, RoundtableCommand command) {
        return DeadlockRetry.run(() -> writes.update(roundtableId, command));
    }

    @Override
    public void delete(long roundtableId) {
        DeadlockRetry.run(() -> writes.delete(roundtableId));
    }

    @Override
    @Transactional(readOnly = true)
    public RoundtableView roundtable(long roundtableId) {
        return data.view(data.row(roundtableId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoundtableView> list(long summitId) {
        data.summit(summitId);
        return data.views(summitId, rows.findBySummitId(summitId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedOutcome> publishedOutcomes(long summitId) {
        List<RoundtableView> ordered = list(summitId);
        Map<Long, Integer> place = new HashMap<>();
        ordered.forEach(r -> place.put(r.id(), place.size()));
        return outcomes.publishedOf(summitId).stream()
                .sorted(Comparator.comparingInt(o -> place.get(o.roundtableId())))
                .map(o -> {
                    RoundtableView r = ordered.get(place.get(o.roundtableId()));
                    return new PublishedOutcome(r.id(), summitId, r.themeId(), r.number(), r.title(), o.keyMessagesHtml(),
                            o.recommendationsHtml(), o.practicesHtml(),
                            SdgRef.parseAll("sdgTargets", o.sdgTargets()).stream().map(SdgRef::toString).toList(), o.publishedAt());
                }).toList();
    }
}
