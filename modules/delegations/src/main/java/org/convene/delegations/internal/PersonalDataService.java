package org.convene.delegations.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.ErasureView;
import org.convene.delegations.PersonalData;
import org.convene.delegations.PersonalDataExport;
import org.convene.delegations.RegistrationsErased;
import org.convene.delegations.PersonalDataExport.ExportedGroup;
import org.convene.delegations.StatusChangeView;
import org.convene.identity.Invitations;
import org.convene.identity.UserManagement;
import org.convene.mail.Outbox;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;

/**
 * Export and erasure of delegates' personal data, for the chair office only. An erasure takes the
 * group locks like every registration write, clears the person and the reasons in the history,
 * forgets the person's mails in the outbox, and records who erased and when, all in one transaction.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class PersonalDataService implements PersonalData {
    private static final int CHUNK = 1000;

    private final Registrations registrations;
    private final Groups groups;
    private final StatusChanges history;
    private final Erasures erasures;
    private final SummitManagement summits;
    private final Outbox outbox;
    private final Clock clock;
    private final FieldDefinitions fields;
    private final CustomAnswers answers;
    private final Photos photos;
    private final UserManagement users;
    private final Invitations invitations;
    private final OwnRegistrations own;
    private final ApplicationEventPublisher<RegistrationsErased> erasedEvents;

    PersonalDataService(Registrations registrations, Groups groups, StatusChanges history, Erasures erasures,
                        SummitManagement summits, Outbox outbox, Clock clock, FieldDefinitions fields, CustomAnswers answers,
                        Photos photos, UserManagement users, Invitations invitations, OwnRegistrations own,
                        ApplicationEventPublisher<RegistrationsErased> erasedEvents) {
        this.own = own;
        this.erasedEvents = erasedEvents;
        this.photos = photos;
        this.users = users;
        this.invitations = invitations;
        this.fields = fields;
        this.answers = answers;
        this.registrations = registrations;
        this.groups = groups;
        this.history = history;
        this.erasures = erasures;
        this.summits = summits;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataExport export(Actor actor, long registrationId) {
        Access.requireChairOffice(actor, "export personal data");
        return exported(registration(registrationId));
    }

    private PersonalDataExport exported(Registration r) {
        long registrationId = r.id();
        Group g = groups.findById(r.groupId()).orElseThrow(() -> new NotFoundException("group", r.groupId()));
        String summitTitle = summits.find(r.summitId()).map(SummitView::title).orElse("");
        List<StatusChangeView> changes = history.findByRegistrationIdOrderById(registrationId).stream().map(StatusChange::view).toList();
        return new PersonalDataExport(r.id(), r.summitId(), summitTitle, new ExportedGroup(g.id(), g.kind(), g.stateCode(), g.name()),
                r.person(), r.status(), r.waitlistPosition(), r.createdAt(), changes, erasures.findErasedAt(registrationId).orElse(null),
                labelledAnswers(r), photos.findById(r.id()).map(p -> Base64.getEncoder().encodeToString(p.jpeg())).orElse(null));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonalDataExport> exportOwn(Actor actor) {
        return own.of(actor).stream().map(this::exported).toList();
    }

    @Override
    public ErasureView erase(Actor actor, long registrationId) {
        Access.requireChairOffice(actor, "erase personal data");
        Registration r = registration(registrationId);
        groups.lockById(r.groupId());
        Instant now = clock.instant();
        int erased = erase(List.of(registrationId), now);
        return erasures.save(new Erasure(null, r.summitId(), registrationId, erased, actor.userId(), now)).view();
    }

    @Override
    public ErasureView eraseSummit(Actor actor, long summitId) {
        Access.requireChairOffice(actor, "erase personal data");
        SummitView summit = summits.find(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
        LocalDate today = LocalDate.now(clock);
        if (summit.retentionDate() == null) {
            throw new ConflictException("retentionDate", "erasure.retention.not-set",
                    "the summit has no retention date; set one before erasing its personal data");
        }
        if (!summit.retentionOver(today)) {
            throw new ConflictException("retentionDate", "erasure.retention.not-over",
                    "the summit's personal data is kept until " + summit.retentionDate() + "; it may be erased from the day after");
        }
        // The same locks, in the same order (by id), as any writer of these groups takes them.
        groups.findBySummitIdOrderById(summitId).forEach(g -> groups.lockById(g.id()));
        Instant now = clock.instant();
        List<Long> ids = erasures.findUnerasedIds(summitId);
        int erased = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            erased += erase(ids.subList(from, Math.min(ids.size(), from + CHUNK)), now);
        }
        return erasures.save(new Erasure(null, summitId, null, erased, actor.userId(), now)).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ErasureView> erasures(Actor actor, long summitId) {
        Access.requireChairOffice(actor, "see erasures");
        return erasures.findBySummitIdOrderById(summitId).stream().map(Erasure::view).toList();
    }

    private int erase(List<Long> ids, Instant now) {
        // Before the addresses go: an erased person keeps no account unless another summit or role still needs it.
        registrations.findByIdIn(ids).forEach(r -> users.findByEmail(r.email())
                .ifPresent(user -> invitations.forgetAttendance(user.id(), r.summitId())));
        int erased = erasures.eraseRegistrations(ids, now);
        erasures.clearReasons(ids);
        erasures.deleteCustomAnswers(ids);
        erasures.deletePhotos(ids);
        outbox.forget(ids.stream().map(RegistrationMails::reference).toList());
        erasedEvents.publishEvent(new RegistrationsErased(ids));
        return erased;
    }

    private Map<String, String> labelledAnswers(Registration r) {
        Map<Long, String> labels = new HashMap<>();
        fields.findBySummitIdOrderByPosition(r.summitId()).forEach(f -> labels.put(f.id(), f.label()));
        Map<String, String> answers = new LinkedHashMap<>();
        this.answers.of(r.id()).forEach((fieldId, answer) -> answers.put(labels.getOrDefault(fieldId, String.valueOf(fieldId)), answer));
        return answers;
    }

    private Registration registration(long id) {
        return registrations.findById(id).orElseThrow(() -> new NotFoundException("registration", id));
    }
}
