package org.convene.roundtables.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.Participants;
import org.convene.platform.SdgRef;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeStatus;
import org.convene.roundtables.OutcomeView;
import org.convene.summit.ThemeView;

/** Reads outcomes with their roundtable, their flags and who may see what, in the caller's transaction. */
@Singleton
class OutcomeData {
    private final RoundtableData roundtables;
    private final CoChairRows coChairs;
    private final OutcomeRows outcomes;
    private final FlagResolutionRows resolutions;
    private final Participants participants;

    OutcomeData(RoundtableData roundtables, CoChairRows coChairs, OutcomeRows outcomes, FlagResolutionRows resolutions,
                Participants participants) {
        this.roundtables = roundtables;
        this.coChairs = coChairs;
        this.outcomes = outcomes;
        this.resolutions = resolutions;
        this.participants = participants;
    }

    RoundtableRow roundtable(long roundtableId) {
        return roundtables.row(roundtableId);
    }

    OutcomeAccess access(Actor actor, RoundtableRow roundtable) {
        List<String> chairs = coChairs.findByRoundtableIdInOrderByPosition(List.of(roundtable.id())).stream()
                .map(CoChairRow::stateCode).toList();
        return new OutcomeAccess(actor, roundtable, chairs);
    }

    OutcomeRow stored(long roundtableId) {
        return outcomes.findById(roundtableId).orElse(null);
    }

    static OutcomeStatus status(OutcomeRow row) {
        return row == null ? OutcomeStatus.DRAFT : OutcomeStatus.valueOf(row.status());
    }

    static OutcomeDraft draft(OutcomeRow row) {
        return row == null ? OutcomeDraft.EMPTY : new OutcomeDraft(row.keyMessages(), row.recommendations(), row.practices(), row.sdgTargets());
    }

    /** The outcome as a view; without its author for readers of the published text. */
    OutcomeView view(RoundtableRow roundtable, OutcomeRow row, boolean withAuthor) {
        Map<Long, ThemeView> themes = roundtables.themes(roundtable.summitId());
        String number = RoundtableData.number(themes, roundtable);
        if (row == null) {
            return new OutcomeView(roundtable.id(), roundtable.summitId(), number, roundtable.title(), OutcomeStatus.DRAFT, OutcomeDraft.EMPTY,
                    "", "", "", List.of(), 0, null, null, null);
        }
        List<String> refs = SdgRef.parseAll("sdgTargets", row.sdgTargets()).stream().map(SdgRef::toString).toList();
        return new OutcomeView(roundtable.id(), roundtable.summitId(), number, roundtable.title(), status(row), draft(row),
                row.keyMessagesHtml(), row.recommendationsHtml(), row.practicesHtml(), refs, row.revision(),
                withAuthor ? row.updatedBy() : null, withAuthor ? row.updatedAt() : null, row.publishedAt());
    }

    /** The names the check looks for: every participant holding a place in the summit, in their script and in latin letters. */
    ParticipantNames names(long summitId) {
        List<String> names = new ArrayList<>();
        for (Participants.Participant p : participants.holdingPlace(summitId)) {
            names.add(p.name());
            names.add(p.latinName());
        }
        return new ParticipantNames(names);
    }

    /** The check of the draft with the resolutions that still apply. */
    List<OutcomeFlag> flags(RoundtableRow roundtable, OutcomeDraft draft) {
        List<OutcomeFlag> found = NonAttributionCheck.flags(draft, names(roundtable.summitId()));
        Map<String, FlagResolutionRow> resolved = resolutions.findByRoundtableId(roundtable.id()).stream()
                .collect(Collectors.toMap(FlagResolutionRow::flagKey, Function.identity()));
        return found.stream().map(f -> resolved.containsKey(f.key())
                ? new OutcomeFlag(f.key(), f.kind(), f.section(), f.start(), f.end(), f.text(), f.snippet(), f.count(),
                resolved.get(f.key()).resolution())
                : f).toList();
    }
}
