package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.Participation;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SummitFigures;
import org.convene.delegations.SummitFigures.GroupFigures;
import org.convene.delegations.SummitFigures.HourlyCount;
import org.convene.platform.Countries;

/**
 * Counts a summit's registrations in memory: a summit holds a few thousand, read in one query,
 * which keeps every figure consistent with the others (one snapshot, one transaction).
 */
@Singleton
class ParticipationService implements Participation {
    private final Groups groups;
    private final Registrations registrations;
    private final StatusChanges history;

    ParticipationService(Groups groups, Registrations registrations, StatusChanges history) {
        this.groups = groups;
        this.registrations = registrations;
        this.history = history;
    }

    @Override
    @Transactional(readOnly = true)
    public SummitFigures figures(Actor actor, long summitId) {
        Access.requireChairOffice(actor, "see the summit's figures");
        List<Registration> all = registrations.findBySummitIdOrderById(summitId);
        Map<Long, List<Registration>> byGroup = all.stream().collect(Collectors.groupingBy(Registration::groupId));
        List<GroupFigures> groupFigures = groups.findBySummitIdOrderById(summitId).stream().map(g -> {
            List<Registration> members = byGroup.getOrDefault(g.id(), List.of());
            Occupancy occupancy = Occupancy.of(members);
            return new GroupFigures(g.id(), g.kind(), g.stateCode(), g.name(), g.places(), occupancy.taken(), occupancy.waiting(),
                    byStatus(members));
        }).toList();
        Map<RegistrationStatus, Long> byStatus = byStatus(all);
        List<Registration> participants = all.stream().filter(r -> r.status().isAccredited()).toList();
        return new SummitFigures(summitId, groupFigures, byStatus,
                byStatus.get(RegistrationStatus.NOMINATED),
                byStatus.get(RegistrationStatus.WAITING_LIST),
                all.stream().filter(r -> r.status().hasBadge()).count(),
                byStatus.get(RegistrationStatus.CHECKED_IN),
                participants.size(),
                checkInsPerHour(summitId),
                participants.stream().collect(Collectors.groupingBy(r -> Countries.continent(r.nationality()).orElse(SummitFigures.UNSPECIFIED),
                        TreeMap::new, Collectors.counting())),
                participants.stream().collect(Collectors.groupingBy(r -> r.gender() == null ? SummitFigures.UNSPECIFIED : r.gender().name(),
                        TreeMap::new, Collectors.counting())));
    }

    private static Map<RegistrationStatus, Long> byStatus(List<Registration> registrations) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
        }
        registrations.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        return counts;
    }

    private List<HourlyCount> checkInsPerHour(long summitId) {
        Map<Instant, Long> perHour = history.checkInsOfSummit(summitId).stream()
                .collect(Collectors.groupingBy(c -> c.changedAt().truncatedTo(ChronoUnit.HOURS), TreeMap::new, Collectors.counting()));
        return perHour.entrySet().stream().map(e -> new HourlyCount(e.getKey(), e.getValue())).toList();
    }
}
