package org.convene.delegations.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The audit of erasures, and the erasing itself: plain SQL over the registration tables, so the
 * list of what is cleared stands in one place. A new column of personal data in
 * delegation_registration must be cleared here too (PersonalDataTest checks every column).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface Erasures extends CrudRepository<Erasure, Long> {
    List<Erasure> findBySummitIdOrderById(long summitId);

    /**
     * Clears the person: names, organisation, title, residence, needs; the e-mail becomes a
     * placeholder unique to the registration, so the unique key (summit, e-mail) never blocks and
     * the person may register again. Kept: group, role, status, nationality and gender.
     */
    @Query("""
            UPDATE delegation_registration SET given_name = '', family_name = '', latin_given_name = NULL,
                latin_family_name = NULL, organisation = '', title = NULL, residence = 'ZZ',
                email = CONCAT('erased-', id, '@erased.invalid'), accessibility_needs = NULL, dietary_needs = NULL,
                erased_at = :at
            WHERE id IN (:ids) AND erased_at IS NULL""")
    int eraseRegistrations(List<Long> ids, Instant at);

    /** Reasons may name or describe the person; the history keeps who changed what and when. */
    @Query("UPDATE delegation_registration_history SET reason = NULL WHERE registration_id IN (:ids)")
    void clearReasons(List<Long> ids);

    /** Answers to extra questions may be anything (a passport number): they go entirely. */
    @Query("DELETE FROM delegation_custom_answer WHERE registration_id IN (:ids)")
    void deleteCustomAnswers(List<Long> ids);

    @Query("DELETE FROM delegation_photo WHERE registration_id IN (:ids)")
    void deletePhotos(List<Long> ids);

    @Query("SELECT id FROM delegation_registration WHERE summit_id = :summitId AND erased_at IS NULL ORDER BY id")
    List<Long> findUnerasedIds(long summitId);

    @Query("SELECT erased_at FROM delegation_registration WHERE id = :id AND erased_at IS NOT NULL")
    Optional<Instant> findErasedAt(long id);
}
