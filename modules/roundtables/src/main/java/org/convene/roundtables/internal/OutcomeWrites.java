package org.convene.roundtables.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.documents.RichText;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;

/**
 * The writes of outcomes, each in one transaction that first locks the roundtable's row, so two
 * saves of one outcome (an autosave and a click) follow each other and the second sees the first's
 * revision. READ COMMITTED, so a writer that waited reads what the one before it committed.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class OutcomeWrites {
    private final RoundtableRows roundtables;
    private final OutcomeRows outcomes;
    private final OutcomeVersionRows versions;
    private final FlagResolutionRows resolutions;
    private final OutcomeEventRows events;
    private final OutcomeCommentRows comments;
    private final OutcomeData data;
    private final Clock clock;

    OutcomeWrites(RoundtableRows roundtables, OutcomeRows outcomes, OutcomeVersionRows versions, FlagResolutionRows resolutions,
                  OutcomeEventRows events, OutcomeCommentRows comments, OutcomeData data, Clock clock) {
        this.roundtables = roundtables;
        this.outcomes = outcomes;
        this.versions = versions;
        this.resolutions = resolutions;
        this.events = events;
        this.comments = comments;
        this.data = data;
        this.clock = clock;
    }

    /** The roundtable and its outcome after the save; the outcome is null while nothing was ever written. */
    Saved save(Actor editor, long id, OutcomeDraft draft, int baseRevision, Integer restoredFrom) {
        RoundtableRow roundtable = lock(id);
        data.access(editor, roundtable).requireEdit();
        OutcomeRow current = data.stored(id);
        requireDraft(current);
        OutcomeRules.check(draft);
        if (OutcomeData.draft(current).equals(draft)) {
            return new Saved(roundtable, current);
        }
        int revision = current == null ? 0 : current.revision();
        if (baseRevision != revision) {
            throw new ConflictException("revision", "outcome.revision.stale", "someone saved revision " + revision
                    + " since you opened revision " + baseRevision + "; nothing was overwritten: keep your text, reload and merge it");
        }
        Instant now = clock.instant();
        OutcomeRow row = new OutcomeRow(id, OutcomeStatus.DRAFT.name(), draft.keyMessages(), RichText.html(draft.keyMessages()),
                draft.recommendations(), RichText.html(draft.recommendations()), draft.practices(), RichText.html(draft.practices()),
                draft.sdgTargets(), revision + 1, editor.userId(), now, null);
        OutcomeRow saved = current == null ? outcomes.save(row) : outcomes.update(row);
        versions.save(new OutcomeVersionRow(null, id, revision + 1, draft.keyMessages(), draft.recommendations(), draft.practices(),
                draft.sdgTargets(), editor.userId(), now, restoredFrom));
        // A resolution holds only while its text stays: the save that removes the text removes it.
        Set<String> keys = data.flags(roundtable, draft).stream().map(OutcomeFlag::key).collect(Collectors.toSet());
        resolutions.findByRoundtableId(id).stream().filter(r -> !keys.contains(r.flagKey())).forEach(resolutions::delete);
        return new Saved(roundtable, saved);
    }

    Saved restore(Actor editor, long id, int revision, int baseRevision) {
        OutcomeVersionRow old = versions.findByRoundtableIdAndRevision(id, revision)
                .orElseThrow(() -> new NotFoundException("revision", revision));
        return save(editor, id, old.draft(), baseRevision, revision);
    }

    List<OutcomeFlag> resolve(Actor editor, long id, String key, OutcomeFlag.Resolution resolution) {
        RoundtableRow roundtable = lock(id);
        data.access(editor, roundtable).requireEdit();
        OutcomeRow current = data.stored(id);
        requireDraft(current);
        List<OutcomeFlag> flags = data.flags(roundtable, OutcomeData.draft(current));
        if (current == null || flags.stream().noneMatch(f -> f.key().equals(key))) {
            throw new NotFoundException("flag", key);
        }
        resolutions.findByRoundtableId(id).stream().filter(r -> r.flagKey().equals(key)).forEach(resolutions::delete);
        resolutions.save(new FlagResolutionRow(null, id, key, resolution, editor.userId(), clock.instant()));
        return data.flags(roundtable, OutcomeData.draft(current));
    }

    Saved submit(Actor actor, long id) {
        RoundtableRow roundtable = lock(id);
        data.access(actor, roundtable).requireEdit();
        OutcomeRow current = data.stored(id);
        requireDraft(current);
        if (current == null) {
            throw new ConflictException("revision", "outcome.empty", "write the outcome before submitting it");
        }
        long open = data.flags(roundtable, OutcomeData.draft(current)).stream().filter(f -> !f.resolved()).count();
        if (open > 0) {
            throw new ConflictException("flags", "outcome.flags.unresolved", open + (open == 1 ? " flag" : " flags")
                    + " of the Chatham House check " + (open == 1 ? "is" : "are")
                    + " unresolved: rephrase the text or mark each as a practice or a partnership");
        }
        return move(actor, roundtable, current, OutcomeStatus.SUBMITTED, null);
    }

    Saved review(Actor actor, long id, String comment) {
        RoundtableRow roundtable = lock(id);
        data.access(actor, roundtable).requireReview();
        OutcomeRow current = requireStatus(data.stored(id), "reviewed", OutcomeStatus.SUBMITTED);
        return move(actor, roundtable, current, OutcomeStatus.REVIEWED, OutcomeRules.comment(comment, false));
    }

    Saved returnToDraft(Actor actor, long id, String comment) {
        RoundtableRow roundtable = lock(id);
        OutcomeAccess access = data.access(actor, roundtable);
        access.requireReview();
        OutcomeRow current = data.stored(id);
        // Co-chairs send back what they review; an approved outcome only the chair office reopens.
        if (access.office()) {
            requireStatus(current, "returned to draft", OutcomeStatus.SUBMITTED, OutcomeStatus.REVIEWED, OutcomeStatus.APPROVED);
        } else {
            requireStatus(current, "returned to draft", OutcomeStatus.SUBMITTED, OutcomeStatus.REVIEWED);
        }
        return move(actor, roundtable, current, OutcomeStatus.DRAFT, OutcomeRules.comment(comment, true));
    }

    void comment(Actor actor, long id, String comment) {
        RoundtableRow roundtable = lock(id);
        data.access(actor, roundtable).requireReview();
        OutcomeRow current = requireStatus(data.stored(id), "commented on", OutcomeStatus.SUBMITTED, OutcomeStatus.REVIEWED);
        comments.save(new OutcomeCommentRow(null, id, current.revision(), actor.userId(), clock.instant(),
                OutcomeRules.comment(comment, true)));
    }

    Saved approve(Actor actor, long id) {
        RoundtableRow roundtable = lock(id);
        data.access(actor, roundtable).requireOffice("approve outcomes");
        OutcomeRow current = requireStatus(data.stored(id), "approved", OutcomeStatus.REVIEWED);
        return move(actor, roundtable, current, OutcomeStatus.APPROVED, null);
    }

    Saved publish(Actor actor, long id) {
        RoundtableRow roundtable = lock(id);
        data.access(actor, roundtable).requireOffice("publish outcomes");
        OutcomeRow current = requireStatus(data.stored(id), "published", OutcomeStatus.APPROVED);
        return move(actor, roundtable, current, OutcomeStatus.PUBLISHED, null);
    }

    private Saved move(Actor actor, RoundtableRow roundtable, OutcomeRow current, OutcomeStatus to, String comment) {
        Instant now = clock.instant();
        OutcomeStatus from = OutcomeData.status(current);
        OutcomeRow moved = outcomes.update(new OutcomeRow(current.roundtableId(), to.name(), current.keyMessages(), current.keyMessagesHtml(),
                current.recommendations(), current.recommendationsHtml(), current.practices(), current.practicesHtml(), current.sdgTargets(),
                current.revision(), current.updatedBy(), current.updatedAt(), to == OutcomeStatus.PUBLISHED ? now : null));
        events.save(new OutcomeEventRow(null, current.roundtableId(), from, to, actor.userId(), now, comment));
        return new Saved(roundtable, moved);
    }

    private RoundtableRow lock(long id) {
        return roundtables.lock(id).orElseThrow(() -> new NotFoundException("roundtable", id));
    }

    private static void requireDraft(OutcomeRow current) {
        OutcomeStatus status = OutcomeData.status(current);
        if (status != OutcomeStatus.DRAFT) {
            throw new ConflictException("status", "outcome.status.not-draft",
                    "the outcome is " + status.name().toLowerCase(java.util.Locale.ROOT) + "; only a draft is edited (a reviewer can return it to draft)");
        }
    }

    private static OutcomeRow requireStatus(OutcomeRow current, String action, OutcomeStatus... allowed) {
        OutcomeStatus status = OutcomeData.status(current);
        if (current == null || !List.of(allowed).contains(status)) {
            throw new ConflictException("status", "outcome.status.illegal", "an outcome that is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be " + action);
        }
        return current;
    }

    record Saved(RoundtableRow roundtable, OutcomeRow outcome) {
    }
}
