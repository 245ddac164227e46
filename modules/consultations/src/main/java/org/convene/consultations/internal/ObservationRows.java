package org.convene.consultations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ObservationRows extends CrudRepository<ObservationRow, Long> {
    Optional<ObservationRow> findByConsultationIdAndThemeId(long consultationId, long themeId);

    List<ObservationRow> findByConsultationIdIn(Collection<Long> consultationIds);

    void deleteByConsultationIdAndThemeId(long consultationId, long themeId);
}
