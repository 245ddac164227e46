package org.convene.delegations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.db.DeadlockRetry;
import org.convene.platform.db.SqlErrors;
import org.convene.summit.SummitManagement;

@Singleton
class CustomFieldsService implements CustomFields {
    private static final String IN_USE = "custom-field.in-use";
    private final FieldDefinitions definitions;
    private final CustomAnswers answers;
    private final Registrations registrations;
    private final Groups groups;
    private final SummitManagement summits;
    private final FieldWrites writes;

    CustomFieldsService(FieldDefinitions definitions, CustomAnswers answers, Registrations registrations, Groups groups,
                        SummitManagement summits, FieldWrites writes) {
        this.definitions = definitions;
        this.answers = answers;
        this.registrations = registrations;
        this.groups = groups;
        this.summits = summits;
        this.writes = writes;
    }

    @Override
    public CustomFieldView define(Actor actor, long summitId, CustomFieldCommand field) {
        Access.requireChairOffice(actor, "define a custom field");
        if (summits.find(summitId).isEmpty()) {
            throw InvalidInputException.of("summitId", "group.summit.unknown", "summit " + summitId + " does not exist");
        }
        return labelled(() -> DeadlockRetry.run(() -> writes.define(summitId, field)));
    }

    @Override
    public CustomFieldView change(Actor actor, long fieldId, CustomFieldCommand field) {
        Access.requireChairOffice(actor, "change a custom field");
        return labelled(() -> DeadlockRetry.run(() -> writes.change(fieldId, field)));
    }

    @Override
    @Transactional
    public void delete(Actor actor, long fieldId) {
        Access.requireChairOffice(actor, "delete a custom field");
        FieldDefinition field = definitions.findById(fieldId).orElseThrow(() -> new NotFoundException("custom field", fieldId));
        if (definitions.existsByShownWhenFieldId(field.id())) {
            throw new ConflictException("id", IN_USE, "another field is shown depending on this one; change that field first");
        }
        definitions.delete(field);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustomFieldView> list(long summitId) {
        return definitions.findBySummitIdOrderByPosition(summitId).stream().map(FieldDefinition::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> answers(Actor actor, long registrationId) {
        visible(actor, registrationId);
        return answers.of(registrationId);
    }

    @Override
    @Transactional
    public Map<Long, String> answer(Actor actor, long registrationId, Map<Long, String> given) {
        Registration registration = visible(actor, registrationId);
        Map<Long, String> checked = answers.check(registration.summitId(), given);
        answers.save(registrationId, checked);
        return checked;
    }

    /** Not found for those who may not see the registration, as in {@code DelegateRegistration.find}. */
    private Registration visible(Actor actor, long registrationId) {
        NotFoundException notFound = new NotFoundException("registration", registrationId);
        Registration registration = registrations.findById(registrationId).orElseThrow(() -> notFound);
        Group group = groups.findById(registration.groupId()).orElseThrow(() -> notFound);
        if (!Access.mayManage(actor, group)) {
            throw notFound;
        }
        return registration;
    }

    /** Two fields of one label in a summit: the unique key decides between concurrent writers too. */
    private static CustomFieldView labelled(java.util.function.Supplier<CustomFieldView> write) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            if (SqlErrors.isDuplicateKey(e)) {
                throw new ConflictException("label", "custom-field.exists", "the summit already has a field with this label");
            }
            throw e;
        }
    }
}
