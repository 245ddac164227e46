package org.convene.roundtables.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.platform.SdgRef;
import org.convene.platform.db.DeadlockRetry;
import org.convene.platform.db.SqlErrors;
import org.convene.programme.Programme;
import org.convene.programme.SessionView;
import org.convene.roundtables.BackgroundPaper;
import org.convene.roundtables.PaperView;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableDetails;
import org.convene.roundtables.RoundtableSetup;
import org.convene.roundtables.RoundtableSlot;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.summit.RoomView;
import org.convene.summit.SummitSetup;

/** The facade: writes in {@link RoundtableWrites}, each retried as a whole on deadlock; reads here. */
@Singleton
class RoundtableService implements Roundtables {
    /** Attempts when two first roundtables of a theme took the same number (see {@link RoundtableWrites}). */
    private static final int NUMBER_ATTEMPTS = 3;
    private final RoundtableWrites writes;
    private final RoundtableRows rows;
    private final OutcomeRows outcomes;
    private final PaperRows papers;
    private final RoundtableData data;
    private final RoundtableAccess access;
    private final Programme programme;
    private final SummitSetup setup;

    RoundtableService(RoundtableWrites writes, RoundtableRows rows, OutcomeRows outcomes, PaperRows papers, RoundtableData data,
                      RoundtableAccess access, Programme programme, SummitSetup setup) {
        this.writes = writes;
        this.rows = rows;
        this.outcomes = outcomes;
        this.papers = papers;
        this.data = data;
        this.access = access;
        this.programme = programme;
        this.setup = setup;
    }

    @Override
    public RoundtableView create(long summitId, RoundtableCommand command) {
        return numbered(() -> writes.create(summitId, command));
    }

    @Override
    public RoundtableView update(long roundtableId, RoundtableCommand command) {
        return numbered(() -> writes.update(roundtableId, command));
    }

    @Override
    public void delete(long roundtableId) {
        DeadlockRetry.run(() -> writes.delete(roundtableId));
    }

    @Override
    public RoundtableView save(long summitId, Long roundtableId, RoundtableSetup setup) {
        return numbered(() -> writes.save(summitId, roundtableId, setup));
    }

    @Override
    public RoundtableView appointRapporteur(long roundtableId, Long userId) {
        return DeadlockRetry.run(() -> writes.appointRapporteur(roundtableId, userId));
    }

    @Override
    public RoundtableView schedule(long roundtableId, Long roomId, LocalDateTime start, LocalDateTime end) {
        return DeadlockRetry.run(() -> writes.schedule(roundtableId, roomId, start, end));
    }

    @Override
    public RoundtableView unschedule(long roundtableId) {
        return DeadlockRetry.run(() -> writes.unschedule(roundtableId));
    }

    @Override
    public PaperView uploadPaper(long roundtableId, String fileName, byte[] content, long userId) {
        // Checked before the transaction: parsing a large PDF must not hold the roundtable's lock.
        PaperRules.check(content);
        String name = PaperRules.fileName(fileName);
        String sha256 = PaperRules.sha256(content);
        return DeadlockRetry.run(() -> writes.storePaper(roundtableId, name, content, sha256, userId));
    }

    @Override
    public void removePaper(long roundtableId) {
        DeadlockRetry.run(() -> writes.removePaper(roundtableId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BackgroundPaper> paper(long roundtableId) {
        return papers.findById(roundtableId).map(p -> new BackgroundPaper(p.fileName(), p.content()));
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
    public Optional<RoundtableSlot> slot(long roundtableId) {
        return Optional.ofNullable(detail(roundtableId).slot());
    }

    @Override
    @Transactional(readOnly = true)
    public List<RoundtableDetails> details(long summitId) {
        return details(summitId, list(summitId));
    }

    @Override
    @Transactional(readOnly = true)
    public RoundtableDetails detail(long roundtableId) {
        RoundtableRow row = data.row(roundtableId);
        return details(row.summitId(), List.of(data.view(row))).getFirst();
    }

    private List<RoundtableDetails> details(long summitId, List<RoundtableView> roundtables) {
        if (roundtables.isEmpty()) {
            return List.of();
        }
        Map<Long, SessionView> sessions = programme.sessions(summitId).stream().collect(Collectors.toMap(SessionView::id, Function.identity()));
        Map<Long, RoomView> rooms = setup.rooms(summitId).stream().collect(Collectors.toMap(RoomView::id, Function.identity()));
        Map<Long, PaperSummary> paperOf = papers.findByRoundtableIdIn(roundtables.stream().map(RoundtableView::id).toList()).stream()
                .collect(Collectors.toMap(PaperSummary::roundtableId, Function.identity()));
        return roundtables.stream().map(r -> {
            SessionView s = r.sessionId() == null ? null : sessions.get(r.sessionId());
            RoundtableSlot slot = s == null ? null : new RoundtableSlot(s.id(), s.roomId(), s.roomName(),
                    rooms.containsKey(s.roomId()) ? rooms.get(s.roomId()).capacity() : 0, s.start(), s.end());
            PaperSummary p = paperOf.get(r.id());
            PaperView paper = p == null ? null : new PaperView(p.fileName(), p.size(), p.sha256(), p.uploadedBy(), p.uploadedAt());
            return new RoundtableDetails(r, slot, paper);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(Actor actor, long summitId) {
        return access.mayRead(actor, summitId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadPaper(Actor actor, long roundtableId) {
        return access.mayReadPaper(actor, roundtableId);
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

    /** Runs a write that takes a number again when another took the same one first (unique key, error 1062). */
    private static RoundtableView numbered(Supplier<RoundtableView> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return DeadlockRetry.run(write);
            } catch (RuntimeException e) {
                if (attempt >= NUMBER_ATTEMPTS || !SqlErrors.isDuplicateKey(e)) {
                    throw e;
                }
            }
        }
    }
}
