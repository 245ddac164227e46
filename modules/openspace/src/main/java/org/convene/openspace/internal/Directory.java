package org.convene.openspace.internal;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Listing;
import org.convene.delegations.Participants.Participant;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.openspace.AttendeeCard;
import org.convene.openspace.AttendeeSearch;

/**
 * The attendees others may find: registrations of the summit that hold a place and whose account
 * (same e-mail) said yes to being findable. Nobody else is ever listed or may be invited.
 */
@Singleton
class Directory {
    private final Participants participants;
    private final Profiles profiles;

    Directory(Participants participants, Profiles profiles) {
        this.participants = participants;
        this.profiles = profiles;
    }

    /** Every findable attendee among these registrations, by registration id. */
    Map<Long, AttendeeCard> findable(Collection<Participant> people) {
        Map<Long, Listing> listings = participants.listings(people.stream().map(Participant::registrationId).toList());
        Map<String, Profile> shared = profiles.findableByEmail(listings.values().stream().map(Listing::email).toList());
        Map<Long, AttendeeCard> cards = new java.util.LinkedHashMap<>();
        for (Participant p : people) {
            Listing listing = listings.get(p.registrationId());
            Profile profile = listing == null ? null : shared.get(listing.email().toLowerCase(Locale.ROOT));
            if (profile != null && p.status().holdsPlace()) {
                cards.put(p.registrationId(), new AttendeeCard(p.registrationId(), p.name(), p.latinName(), p.groupId(),
                        listing.organisation(), listing.nationality(), profile.interests(), profile.bio()));
            }
        }
        return cards;
    }

    List<AttendeeCard> search(long summitId, long except, AttendeeSearch search, int max) {
        List<AttendeeCard> found = new ArrayList<>();
        String[] words = search.words() == null || search.words().isBlank() ? new String[0]
                : search.words().strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (AttendeeCard card : findable(participants.holdingPlace(summitId)).values()) {
            if (card.registrationId() == except || (search.groupId() != null && card.groupId() != search.groupId())
                    || (search.country() != null && !search.country().isBlank() && !search.country().equalsIgnoreCase(card.country()))) {
                continue;
            }
            String text = String.join(" ", card.name(), nullToEmpty(card.latinName()), card.organisation(), nullToEmpty(card.interests()))
                    .toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= text.contains(w);
            }
            if (all) {
                found.add(card);
            }
        }
        found.sort(java.util.Comparator.comparing(AttendeeCard::name, String.CASE_INSENSITIVE_ORDER));
        return found.size() > max ? found.subList(0, max) : found;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
