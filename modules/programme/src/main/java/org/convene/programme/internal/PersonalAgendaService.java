package org.convene.programme.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.delegations.Participants.Participant;
import org.convene.platform.NotFoundException;
import org.convene.programme.AgendaContributor;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.PersonalAgenda;
import org.convene.programme.PersonalAgendas;
import org.convene.programme.SessionView;

/**
 * Personal agendas and their private feeds. A feed token is 256 random bits, URL-safe; only its
 * SHA-256 is stored, so a leaked database opens no feed, and a new token replaces the old one.
 */
@Singleton
@Transactional
class PersonalAgendaService implements PersonalAgendas {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ProgrammeData data;
    private final Feeds feeds;
    private final Clock clock;
    private final org.convene.delegations.Participants participants;
    private final List<AgendaContributor> contributors;

    PersonalAgendaService(ProgrammeData data, Feeds feeds, Clock clock, org.convene.delegations.Participants participants,
                          List<AgendaContributor> contributors) {
        this.contributors = contributors;
        this.data = data;
        this.feeds = feeds;
        this.clock = clock;
        this.participants = participants;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> registrationOf(long summitId, String email) {
        return participants.byEmail(summitId, email).filter(p -> p.status().holdsPlace()).map(Participant::registrationId);
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalAgenda agenda(long registrationId) {
        Participant person = participant(registrationId);
        List<SessionRow> rows = data.rows(person.summitId());
        Map<Long, List<SessionPerson>> named = data.peopleOf(rows);
        List<SessionRow> mine = new ArrayList<>();
        List<AgendaPart> parts = new ArrayList<>();
        for (SessionRow row : rows) {
            AgendaRules.part(row, named.getOrDefault(row.id(), List.of()), registrationId, person.groupId()).ifPresent(part -> {
                mine.add(row);
                parts.add(part);
            });
        }
        List<SessionView> views = data.views(person.summitId(), mine);
        List<AgendaItem> items = new ArrayList<>(views.size());
        for (int i = 0; i < views.size(); i++) {
            items.add(new AgendaItem(views.get(i).withoutInvited(), parts.get(i)));
        }
        if (!contributors.isEmpty()) {
            contributors.forEach(c -> items.addAll(c.itemsFor(registrationId)));
            items.sort(Comparator.comparing((AgendaItem i) -> i.session().start()).thenComparing(i -> i.session().end()));
        }
        return new PersonalAgenda(registrationId, person.summitId(), person.name(), items);
    }

    @Override
    public String newFeedToken(long registrationId) {
        participant(registrationId);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.deleteById(registrationId);
        feeds.save(new FeedRow(registrationId, hash(token), clock.instant()));
        return token;
    }

    @Override
    public void revokeFeed(long registrationId) {
        feeds.deleteById(registrationId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasFeed(long registrationId) {
        return feeds.existsById(registrationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> feedOwner(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(hash(token)).map(FeedRow::registrationId);
    }

    private Participant participant(long registrationId) {
        Participant person = data.participantsOf(List.of(registrationId)).get(registrationId);
        if (person == null) {
            throw new NotFoundException("registration", registrationId);
        }
        return person;
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
