package org.convene.consultations.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ThemeRows extends CrudRepository<ThemeRow, Long> {
    List<ThemeRow> findByConsultationIdInOrderByPosition(Collection<Long> consultationIds);

    List<ThemeRow> findByConsultationIdOrderByPosition(long consultationId);

    void deleteByConsultationIdAndThemeId(long consultationId, long themeId);

    void deleteByConsultationId(long consultationId);
}
