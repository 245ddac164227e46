package org.convene.roundtables.internal;

import java.util.List;
import java.util.Map;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants.Participant;
import org.convene.roundtables.RoundtableView;

/**
 * A summit's seating as read in one transaction: its roundtables by number, its accredited
 * delegates, everyone's choices and the seats. {@code people} holds the accredited and anyone
 * seated; {@code regions} and {@code kinds} describe them.
 *
 * @param choices   by registration, the roundtable ids first to third (accredited delegates only)
 */
record SeatingState(long summitId, List<RoundtableView> tables, Map<Long, Participant> people, List<Long> accredited,
                    Map<Long, String> regions, Map<Long, GroupKind> kinds, Map<Long, List<Long>> choices, List<SeatRow> seats) {

    SeatingState withSeats(List<SeatRow> others) {
        return new SeatingState(summitId, tables, people, accredited, regions, kinds, choices, List.copyOf(others));
    }

    GroupKind kind(long registrationId) {
        return kinds.get(people.get(registrationId).groupId());
    }

    String region(long registrationId) {
        return regions.getOrDefault(registrationId, org.convene.delegations.SummitFigures.UNSPECIFIED);
    }
}
