package org.convene.openspace.internal;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.convene.delegations.Participants;
import org.convene.delegations.Participants.Listing;
import org.convene.delegations.Participants.Participant;
import org.convene.identity.UserManagement;
import org.convene.mail.MailBundle;
import org.convene.mail.Outbox;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;

/**
 * Tells people of a request, a booking and a cancellation, in each one's language (their account's,
 * else English). Written to the outbox inside the caller's transaction, so a refused booking sends
 * nothing; without a mail server the outbox logs them. Subjects name no one.
 */
@Singleton
class MeetingMails {
    private final Outbox outbox;
    private final Participants participants;
    private final UserManagement users;
    private final SummitManagement summits;
    private final String publicUrl;

    MeetingMails(Outbox outbox, Participants participants, UserManagement users, SummitManagement summits,
                 @Value("${convene.public-url:`http://localhost:8080`}") String publicUrl) {
        this.outbox = outbox;
        this.participants = participants;
        this.users = users;
        this.summits = summits;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * @param kind      request, booked or cancelled
     * @param to        who is told
     * @param people    everyone in the meeting whose registration still exists, by id (the caller has read them for its answer);
     *                  each recipient is told the others' names
     * @param slot      the slot's start, or null for any slot
     * @param placeName the place, when booked
     */
    void send(String kind, long requestId, Collection<Long> to, Map<Long, Participant> people, LocalDateTime slot, String placeName) {
        if (to.isEmpty() || people.isEmpty()) {
            // Nobody to tell, or everyone's registration is gone (erased).
            return;
        }
        Map<Long, Listing> listings = participants.listings(to);
        Participant any = people.values().iterator().next();
        String summit = summits.find(any.summitId()).map(SummitView::title).orElse("");
        Map<String, String> languages = users.languagesByEmail(listings.values().stream().map(Listing::email).toList());
        for (long id : to) {
            Listing listing = listings.get(id);
            Participant person = people.get(id);
            if (listing == null || person == null) {
                continue;
            }
            MailBundle texts = MailBundle.of("org.convene.openspace.internal.mails", languages.get(listing.email().toLowerCase(Locale.ROOT)));
            String others = people.values().stream().filter(p -> p.registrationId() != id).map(Participant::name)
                    .collect(Collectors.joining(", "));
            String when = slot == null ? texts.format("any-slot")
                    : slot.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.language()));
            Object[] arguments = {person.name(), others, when, placeName == null ? "" : placeName, summit, publicUrl + "/open-space"};
            outbox.enqueue(texts.mail(listing.email(), kind, "openspace-request:" + requestId, arguments));
        }
    }

    static List<Long> others(List<Long> everyone, long except) {
        return everyone.stream().filter(id -> id != except).toList();
    }
}
