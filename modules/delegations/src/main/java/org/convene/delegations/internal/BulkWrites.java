package org.convene.delegations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.convene.delegations.Actor;
import org.convene.delegations.ImportResult;
import org.convene.delegations.Person;
import org.convene.delegations.RegistrationStatus;
import org.convene.platform.ConflictException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.SqlErrors;

/**
 * The write of a confirmed file: one transaction that, like a single nomination in
 * {@link RegistrationWrites}, first locks the group row, then gives the free places in file order
 * (the quota of each role as well) and puts the rest on the waiting list, with a history line each,
 * written as two batches by {@link RegistrationBatch}.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class BulkWrites {
    static final String ACTION = "import";

    private final Groups groups;
    private final RoleQuotas roleQuotas;
    private final Registrations registrations;
    private final RegistrationBatch batch;
    private final Clock clock;
    private final FieldAnswers fieldAnswers;

    BulkWrites(Groups groups, RoleQuotas roleQuotas, Registrations registrations, RegistrationBatch batch, Clock clock,
               FieldAnswers fieldAnswers) {
        this.fieldAnswers = fieldAnswers;
        this.groups = groups;
        this.roleQuotas = roleQuotas;
        this.registrations = registrations;
        this.batch = batch;
        this.clock = clock;
    }

    /** {@code people} are checked by {@link PersonRules} and have distinct e-mails. */
    ImportResult register(Actor actor, long groupId, List<Person> people) {
        return register(actor, groupId, people, java.util.Collections.nCopies(people.size(), java.util.Map.of()));
    }

    /** {@code answers} line up with {@code people}: the answers of each to the summit's extra questions. */
    ImportResult register(Actor actor, long groupId, List<Person> people, List<java.util.Map<Long, String>> answers) {
        Group group = groups.lockById(groupId).orElseThrow(() -> new NotFoundException("group", groupId));
        Access.requireManage(actor, group, ACTION);
        Set<String> registered = new HashSet<>(registrations.findEmailBySummitId(group.summitId()));
        Quota quota = new Quota(group.places(), roleQuotas.ofGroup(groupId));
        Occupancy occupancy = Occupancy.of(registrations.findByGroupIdOrderById(groupId));
        int waiting = occupancy.waiting();
        int nominated = 0;
        int waitlisted = 0;
        int skipped = 0;
        Instant now = clock.instant();
        List<Registration> fresh = new ArrayList<>();
        List<java.util.Map<Long, String>> freshAnswers = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            if (registered.contains(p.email())) {
                skipped++;
            } else if (quota.admits(p.role(), occupancy)) {
                fresh.add(Registration.of(group, p, RegistrationStatus.NOMINATED, null, now));
                freshAnswers.add(answers.get(i));
                occupancy = occupancy.plus(p.role());
                nominated++;
            } else {
                waiting++;
                fresh.add(Registration.of(group, p, RegistrationStatus.WAITING_LIST, waiting, now));
                freshAnswers.add(answers.get(i));
                waitlisted++;
            }
        }
        if (fresh.isEmpty()) {
            return new ImportResult(0, 0, skipped);
        }
        try {
            List<Registration> saved = batch.insert(fresh, actor.userId());
            List<FieldAnswer> toSave = new ArrayList<>();
            for (int i = 0; i < saved.size(); i++) {
                long id = saved.get(i).id();
                freshAnswers.get(i).forEach((field, answer) -> toSave.add(new FieldAnswer(null, id, field, answer)));
            }
            if (!toSave.isEmpty()) {
                fieldAnswers.saveAll(toSave);
            }
        } catch (RuntimeException e) {
            // Someone in the file was nominated into another group meanwhile: the unique key decides.
            if (SqlErrors.isDuplicateKey(e)) {
                throw new ConflictException("email", "registration.email.taken",
                        "a person of the file was registered in this summit meanwhile; upload the file again");
            }
            throw e;
        }
        return new ImportResult(nominated, waitlisted, skipped);
    }
}
