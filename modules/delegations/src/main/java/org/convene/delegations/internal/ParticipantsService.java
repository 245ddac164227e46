package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.convene.delegations.Participants;
import org.convene.delegations.SummitFigures;
import org.convene.platform.Countries;

/** Names and groups of a summit's registrations for other modules; see {@link Participants}. */
@Singleton
@Transactional(readOnly = true)
class ParticipantsService implements Participants {
    private final ParticipantRows rows;
    private final Groups groups;

    ParticipantsService(ParticipantRows rows, Groups groups) {
        this.rows = rows;
        this.groups = groups;
    }

    @Override
    public Map<Long, Participant> byIds(Collection<Long> registrationIds) {
        Map<Long, Participant> found = new LinkedHashMap<>();
        if (!registrationIds.isEmpty()) {
            rows.byIds(registrationIds).forEach(r -> found.put(r.id(), participant(r)));
        }
        return found;
    }

    @Override
    public List<Participant> holdingPlace(long summitId) {
        return rows.bySummit(summitId).stream()
                .filter(r -> r.status().holdsPlace()).map(ParticipantsService::participant).toList();
    }

    @Override
    public Optional<Participant> byEmail(long summitId, String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        // E-mails are stored in lower case.
        String wanted = email.strip().toLowerCase(Locale.ROOT);
        return rows.byEmail(summitId, wanted).map(ParticipantsService::participant);
    }

    @Override
    public Map<Long, String> continents(Collection<Long> registrationIds) {
        Map<Long, String> found = new LinkedHashMap<>();
        if (!registrationIds.isEmpty()) {
            rows.byIds(registrationIds)
                    .forEach(r -> found.put(r.id(), Countries.continent(r.nationality()).orElse(SummitFigures.UNSPECIFIED)));
        }
        return found;
    }

    @Override
    public Map<Long, Listing> listings(Collection<Long> registrationIds) {
        Map<Long, Listing> found = new LinkedHashMap<>();
        if (!registrationIds.isEmpty()) {
            rows.byIds(registrationIds).forEach(r -> found.put(r.id(), new Listing(r.id(), r.email(), r.organisation(), r.nationality())));
        }
        return found;
    }

    @Override
    public List<GroupRef> groupsOf(long summitId) {
        return groups.findBySummitIdOrderById(summitId).stream()
                .map(g -> new GroupRef(g.id(), g.summitId(), g.kind(), g.stateCode(), g.name())).toList();
    }

    private static Participant participant(ParticipantRow r) {
        String latin = r.latinGivenName() == null && r.latinFamilyName() == null ? null
                : ((r.latinGivenName() == null ? "" : r.latinGivenName()) + " " + (r.latinFamilyName() == null ? "" : r.latinFamilyName())).strip();
        return new Participant(r.id(), r.summitId(), r.groupId(), ((r.givenName() == null ? "" : r.givenName()) + " " + (r.familyName() == null ? "" : r.familyName())).strip(), latin, r.status());
    }
}
