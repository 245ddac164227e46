package org.convene.app.demo;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.delegations.DelegateRegistration;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupKind;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.GroupRef;
import org.convene.delegations.Participants.Participant;
import org.convene.delegations.Person;
import org.convene.identity.UserView;
import org.convene.roundtables.RoundtableView;
import org.convene.roundtables.Roundtables;
import org.convene.roundtables.Seating;

/**
 * Seats in the demo: once the demo summit has roundtables, a dozen more accredited delegates from
 * every continent and group, choices for everyone registered (the first roundtables wanted most, so
 * some are oversubscribed) and one run of the assignment. The chair office sees the quality and can
 * move people; the demo attendee finds their choices under My roundtables. Without roundtables it
 * does nothing.
 */
@Singleton
public class DemoSeating {
    private static final String[][] PEOPLE = {
        {"Nomvula", "Dlamini", "", "", "ZA", "CIVIL_SOCIETY"}, {"Carlos", "Ramírez", "", "", "MX", "CIVIL_SOCIETY"},
        {"Ana", "Souza", "", "", "BR", "BUSINESS"}, {"Hiroshi", "Tanaka", "", "", "JP", "BUSINESS"},
        {"أحمد", "بن علي", "Ahmed", "Ben Ali", "MA", "STATE_DELEGATION"}, {"Fatou", "Sow", "", "", "SN", "MAYORS"},
        {"Ольга", "Смирнова", "Olga", "Smirnova", "KZ", "CIVIL_SOCIETY"}, {"Jan", "Novak", "", "", "CZ", "MAYORS"},
        {"Priya", "Sharma", "", "", "IN", "BUSINESS"}, {"Sione", "Tupou", "", "", "TO", "CIVIL_SOCIETY"},
        {"Lena", "Fischer", "", "", "DE", "STATE_DELEGATION"}, {"سارة", "الحمادي", "Sara", "Al Hammadi", "AE", "STATE_DELEGATION"},
    };
    private final Roundtables roundtables;
    private final Seating seating;
    private final Participants participants;
    private final DelegateRegistration registrations;
    private final CustomFields customFields;

    public DemoSeating(Roundtables roundtables, Seating seating, Participants participants, DelegateRegistration registrations,
                       CustomFields customFields) {
        this.roundtables = roundtables;
        this.seating = seating;
        this.participants = participants;
        this.registrations = registrations;
        this.customFields = customFields;
    }

    public void load(long summitId, UserView chairOffice) {
        List<RoundtableView> tables = roundtables.list(summitId);
        if (tables.isEmpty()) {
            return;
        }
        Actor office = Actor.of(chairOffice);
        register(office, summitId);
        List<Participant> everyone = participants.holdingPlace(summitId);
        for (int i = 0; i < everyone.size(); i++) {
            seating.setPreferences(office, everyone.get(i).registrationId(), choices(tables, i));
        }
        seating.assign(office, summitId);
    }

    /** Three distinct roundtables, the first ones more often first, so the first roundtables fill up. */
    static List<Long> choices(List<RoundtableView> tables, int person) {
        int n = tables.size();
        List<Long> picked = new ArrayList<>();
        int[] offsets = {person % 3 == 2 ? person % n : 0, 1 + person % Math.max(1, n - 1), 2 + (person * 7) % Math.max(1, n - 2)};
        for (int offset : offsets) {
            long id = tables.get(offset % n).id();
            if (!picked.contains(id) && picked.size() < Math.min(3, n)) {
                picked.add(id);
            }
        }
        return picked;
    }

    private void register(Actor office, long summitId) {
        Map<GroupKind, Long> byKind = participants.groupsOf(summitId).stream()
                .collect(Collectors.toMap(GroupRef::kind, GroupRef::id, (first, second) -> first));
        Map<Long, String> answers = customFields.list(summitId).stream().filter(f -> f.type() == CustomFieldType.YES_NO && f.required())
                .collect(Collectors.toMap(CustomFieldView::id, f -> "false"));
        for (String[] p : PEOPLE) {
            Long group = stateGroup(summitId, p[4], GroupKind.valueOf(p[5]), byKind);
            if (group == null) {
                continue;
            }
            long id = registrations.nominate(office, group, new Person(p[0], p[1], p[2].isEmpty() ? null : p[2], p[3].isEmpty() ? null : p[3],
                    "Demo organisation", null, p[4], p[4], null, (p[2].isEmpty() ? p[0] : p[2]).toLowerCase()
                    .replace(' ', '.') + "." + p[4].toLowerCase() + "@demo.convene", DelegateRole.DELEGATE, null, null), answers).id();
            registrations.approve(office, id);
        }
    }

    /** A state delegate goes into their state's delegation; others into their mechanism. */
    private Long stateGroup(long summitId, String state, GroupKind kind, Map<GroupKind, Long> byKind) {
        if (kind != GroupKind.STATE_DELEGATION) {
            return byKind.get(kind);
        }
        return participants.groupsOf(summitId).stream().filter(g -> state.equals(g.stateCode())).map(GroupRef::id).findFirst().orElse(null);
    }
}
