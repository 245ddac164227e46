package org.convene.delegations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.delegations.CustomFieldCommand;
import org.convene.delegations.CustomFieldType;
import org.convene.delegations.CustomFieldView;
import org.convene.delegations.CustomFields;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;

/**
 * The writes of custom fields, each one transaction holding the form's lock. READ COMMITTED so
 * that what is read after the lock is what the previous holder committed.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class FieldWrites {
    private final FieldDefinitions definitions;

    FieldWrites(FieldDefinitions definitions) {
        this.definitions = definitions;
    }

    CustomFieldView define(long summitId, CustomFieldCommand field) {
        definitions.lockForm(summitId);
        int last = definitions.lastPosition(summitId);
        List<FieldDefinition> existing = definitions.findBySummitIdOrderByPosition(summitId);
        if (existing.size() >= CustomFields.MAX_FIELDS) {
            throw InvalidInputException.of("summitId", "custom-field.too-many", "a summit has at most " + CustomFields.MAX_FIELDS + " custom fields");
        }
        CustomFieldCommand checked = FieldRules.check(field, existing);
        return definitions.save(FieldDefinition.of(summitId, last + 1, checked)).view();
    }

    CustomFieldView change(long fieldId, CustomFieldCommand field) {
        FieldDefinition current = definitions.findById(fieldId).orElseThrow(() -> new NotFoundException("custom field", fieldId));
        definitions.lockForm(current.summitId());
        List<FieldDefinition> earlier = definitions.findBySummitIdOrderByPosition(current.summitId()).stream()
                .filter(f -> f.position() < current.position()).toList();
        FieldDefinition changed = current.changed(FieldRules.check(field, earlier));
        for (FieldDefinition dependent : definitions.findByShownWhenFieldId(fieldId)) {
            boolean stillAnswerable = (changed.type() == CustomFieldType.CHOICE || changed.type() == CustomFieldType.YES_NO)
                    && FieldRules.possibleAnswers(changed).contains(dependent.shownWhenValue());
            if (!stillAnswerable) {
                throw new ConflictException("choices", "custom-field.in-use",
                        "the field \"" + dependent.label() + "\" is shown when this one is answered \"" + dependent.shownWhenValue() + "\"");
            }
        }
        return definitions.update(changed).view();
    }
}
