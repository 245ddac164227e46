package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FieldDefinitions extends CrudRepository<FieldDefinition, Long> {
    List<FieldDefinition> findBySummitIdOrderByPosition(long summitId);

    boolean existsByShownWhenFieldId(long fieldId);

    List<FieldDefinition> findByShownWhenFieldId(long fieldId);

    /**
     * Locks the summit's form until the transaction ends (creating its lock row the first time),
     * so two writers never take the same position or check conditions against a moving form.
     * Taking the row's exclusive lock directly, not a shared one first, leaves no room for a deadlock.
     */
    @Query("INSERT INTO delegation_custom_form (summit_id) VALUES (:summitId) ON DUPLICATE KEY UPDATE summit_id = summit_id")
    void lockForm(long summitId);

    @Query("SELECT COALESCE(MAX(position), 0) FROM delegation_custom_field WHERE summit_id = :summitId")
    int lastPosition(long summitId);
}
