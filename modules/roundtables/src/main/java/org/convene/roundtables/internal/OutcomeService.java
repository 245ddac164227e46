package org.convene.roundtables.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeEvent;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeSummary;
import org.convene.roundtables.OutcomeVersion;
import org.convene.roundtables.OutcomeView;
import org.convene.roundtables.Outcomes;
import org.convene.roundtables.RoundtableView;

/** The facade: writes in {@link OutcomeWrites}, each retried as a whole on deadlock; reads here. */
@Singleton
class OutcomeService implements Outcomes {
    private static final List<OutcomeStatus> UNDER_REVIEW = List.of(OutcomeStatus.SUBMITTED, OutcomeStatus.REVIEWED);
    private final OutcomeWrites writes;
    private final OutcomeData data;
    private final RoundtableData roundtables;
    private final RoundtableRows rows;
    private final OutcomeRows outcomes;
    private final OutcomeVersionRows versions;
    private final OutcomeEventRows events;
    private final OutcomeCommentRows comments;
    private final UserManagement users;

    OutcomeService(OutcomeWrites writes, OutcomeData data, RoundtableData roundtables, RoundtableRows rows, OutcomeRows outcomes,
                   OutcomeVersionRows versions, OutcomeEventRows events, OutcomeCommentRows comments, UserManagement users) {
        this.writes = writes;
        this.data = data;
        this.roundtables = roundtables;
        this.rows = rows;
        this.outcomes = outcomes;
        this.versions = versions;
        this.events = events;
        this.comments = comments;
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public OutcomeView outcome(Actor reader, long roundtableId) {
        RoundtableRow roundtable = data.roundtable(roundtableId);
        OutcomeAccess access = data.access(reader, roundtable);
        OutcomeRow row = data.stored(roundtableId);
        if (access.readsAll()) {
            return data.view(roundtable, row, true);
        }
        if (access.attendee()) {
            // Attendees read what is published, with no author; anything else does not exist for them.
            if (OutcomeData.status(row) != OutcomeStatus.PUBLISHED) {
                throw new NotFoundException("outcome", roundtableId);
            }
            return data.view(roundtable, row, false);
        }
        throw new AccessDeniedException("read the outcome of this roundtable");
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeSummary> list(Actor reader, long summitId) {
        roundtables.summit(summitId);
        Map<Long, RoundtableRow> byId = rows.findBySummitId(summitId).stream().collect(Collectors.toMap(RoundtableRow::id, Function.identity()));
        Map<Long, OutcomeRow> written = outcomes.ofSummit(summitId).stream()
                .collect(Collectors.toMap(OutcomeRow::roundtableId, Function.identity()));
        List<OutcomeSummary> shown = new ArrayList<>();
        for (RoundtableView view : roundtables.views(summitId, byId.values())) {
            RoundtableRow roundtable = byId.get(view.id());
            OutcomeAccess access = new OutcomeAccess(reader, roundtable, view.coChairs());
            OutcomeRow row = written.get(view.id());
            OutcomeStatus status = OutcomeData.status(row);
            boolean visible = access.office() || access.rapporteur()
                    || (access.coChair() && status != OutcomeStatus.DRAFT)
                    || (access.attendee() && status == OutcomeStatus.PUBLISHED);
            if (visible) {
                boolean all = access.readsAll();
                shown.add(new OutcomeSummary(view.id(), view.number(), view.title(), status, row == null ? 0 : row.revision(),
                        all ? roundtable.rapporteurUserId() : null, all && row != null ? row.updatedAt() : null,
                        row == null ? null : row.publishedAt(),
                        access.mayEdit() && status == OutcomeStatus.DRAFT,
                        access.mayReview() && UNDER_REVIEW.contains(status),
                        access.office() && (status == OutcomeStatus.REVIEWED || status == OutcomeStatus.APPROVED)));
            }
        }
        return shown;
    }

    @Override
    public OutcomeView save(Actor editor, long roundtableId, OutcomeDraft draft, int baseRevision) {
        OutcomeDraft typed = draft == null ? OutcomeDraft.EMPTY : draft;
        return view(DeadlockRetry.run(() -> writes.save(editor, roundtableId, typed, baseRevision, null)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeVersion> versions(Actor reader, long roundtableId) {
        readAll(reader, roundtableId);
        return versions.findByRoundtableIdOrderByRevisionDesc(roundtableId).stream().map(this::version).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public OutcomeVersion version(Actor reader, long roundtableId, int revision) {
        readAll(reader, roundtableId);
        return versions.findByRoundtableIdAndRevision(roundtableId, revision).map(this::version)
                .orElseThrow(() -> new NotFoundException("revision", revision));
    }

    @Override
    public OutcomeView restore(Actor editor, long roundtableId, int revision, int baseRevision) {
        return view(DeadlockRetry.run(() -> writes.restore(editor, roundtableId, revision, baseRevision)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeFlag> check(Actor reader, long roundtableId) {
        RoundtableRow roundtable = readAll(reader, roundtableId);
        return data.flags(roundtable, OutcomeData.draft(data.stored(roundtableId)));
    }

    @Override
    public List<OutcomeFlag> resolve(Actor editor, long roundtableId, String flagKey, OutcomeFlag.Resolution resolution) {
        if (resolution == null) {
            throw org.convene.platform.InvalidInputException.of("resolution", "outcome.resolution.required",
                    "say whether the text names a practice or a partnership");
        }
        return DeadlockRetry.run(() -> writes.resolve(editor, roundtableId, flagKey, resolution));
    }

    @Override
    public OutcomeView submit(Actor rapporteur, long roundtableId) {
        return view(DeadlockRetry.run(() -> writes.submit(rapporteur, roundtableId)));
    }

    @Override
    public OutcomeView review(Actor coChair, long roundtableId, String comment) {
        return view(DeadlockRetry.run(() -> writes.review(coChair, roundtableId, comment)));
    }

    @Override
    public OutcomeView returnToDraft(Actor coChair, long roundtableId, String comment) {
        return view(DeadlockRetry.run(() -> writes.returnToDraft(coChair, roundtableId, comment)));
    }

    @Override
    public void comment(Actor coChair, long roundtableId, String comment) {
        DeadlockRetry.run(() -> writes.comment(coChair, roundtableId, comment));
    }

    @Override
    public OutcomeView approve(Actor office, long roundtableId) {
        return view(DeadlockRetry.run(() -> writes.approve(office, roundtableId)));
    }

    @Override
    public OutcomeView publish(Actor office, long roundtableId) {
        return view(DeadlockRetry.run(() -> writes.publish(office, roundtableId)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutcomeEvent> history(Actor reader, long roundtableId) {
        readAll(reader, roundtableId);
        List<OutcomeEvent> all = new ArrayList<>();
        events.findByRoundtableIdOrderById(roundtableId).forEach(e ->
                all.add(new OutcomeEvent(e.fromStatus(), e.toStatus(), e.actorUserId(), name(e.actorUserId()), e.at(), e.comment())));
        comments.findByRoundtableIdOrderById(roundtableId).forEach(c ->
                all.add(new OutcomeEvent(null, null, c.authorUserId(), name(c.authorUserId()), c.writtenAt(), c.body())));
        all.sort(Comparator.comparing(OutcomeEvent::at));
        return all;
    }

    private RoundtableRow readAll(Actor reader, long roundtableId) {
        RoundtableRow roundtable = data.roundtable(roundtableId);
        data.access(reader, roundtable).requireReadAll();
        return roundtable;
    }

    private OutcomeView view(OutcomeWrites.Saved saved) {
        return data.view(saved.roundtable(), saved.outcome(), true);
    }

    private OutcomeVersion version(OutcomeVersionRow row) {
        return new OutcomeVersion(row.revision(), row.draft(), row.savedBy(), name(row.savedBy()), row.savedAt(), row.restoredFrom());
    }

    private String name(long userId) {
        return users.find(userId).map(UserView::displayName).orElse(null);
    }
}
