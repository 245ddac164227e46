package org.convene.consultations.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convene.consultations.ConsultationCommand;
import org.convene.consultations.ConsultationObservation;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Consultations;
import org.convene.consultations.Editor;
import org.convene.consultations.Observation;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.platform.db.DeadlockRetry;

/** The facade: writes in {@link ConsultationWrites}, each retried as a whole on deadlock; reads here. */
@Singleton
class ConsultationService implements Consultations {
    private final ConsultationWrites writes;
    private final ConsultationRows rows;
    private final ObservationRows observations;
    private final ConsultationData data;
    private final UserManagement users;
    private final ReportService reports;

    ConsultationService(ConsultationWrites writes, ConsultationRows rows, ObservationRows observations, ConsultationData data,
                        UserManagement users, ReportService reports) {
        this.writes = writes;
        this.rows = rows;
        this.observations = observations;
        this.data = data;
        this.users = users;
        this.reports = reports;
    }

    @Override
    public ConsultationView create(long summitId, ConsultationCommand command) {
        return DeadlockRetry.run(() -> writes.create(summitId, command));
    }

    @Override
    public ConsultationView update(long consultationId, ConsultationCommand command) {
        return DeadlockRetry.run(() -> writes.update(consultationId, command));
    }

    @Override
    public void delete(long consultationId) {
        DeadlockRetry.run(() -> writes.delete(consultationId));
    }

    @Override
    @Transactional(readOnly = true)
    public ConsultationView consultation(long consultationId) {
        return data.view(data.row(consultationId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsultationView> list(long summitId) {
        data.summit(summitId);
        return data.views(summitId, rows.bySummit(summitId));
    }

    @Override
    public ConsultationView addTheme(long consultationId, long themeId) {
        return DeadlockRetry.run(() -> writes.addTheme(consultationId, themeId));
    }

    @Override
    public ConsultationView removeTheme(long consultationId, long themeId) {
        return DeadlockRetry.run(() -> writes.removeTheme(consultationId, themeId));
    }

    @Override
    @Transactional(readOnly = true)
    public Observation observations(long consultationId, long themeId) {
        writes.takenTheme(data.row(consultationId), themeId);
        return observations.findByConsultationIdAndThemeId(consultationId, themeId).map(this::view)
                .orElse(new Observation(consultationId, themeId, "", "", null, null, null));
    }

    @Override
    public Observation saveObservations(Editor editor, long consultationId, long themeId, String source) {
        return view(DeadlockRetry.run(() -> writes.saveObservations(editor, consultationId, themeId, source)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayReadReport(Editor editor, long consultationId) {
        if (editor.chairOffice()) {
            return true;
        }
        // To anyone else an unknown consultation is just not theirs, so ids reveal nothing.
        return rows.findById(consultationId).map(data::view).stream().flatMap(c -> c.themes().stream())
                .anyMatch(t -> t.resourcePersonId() != null && t.resourcePersonId() == editor.userId());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] reportPdf(long consultationId, Locale language) {
        ConsultationView consultation = consultation(consultationId);
        Map<Long, ObservationRow> written = observations.findByConsultationIdIn(List.of(consultationId)).stream()
                .collect(Collectors.toMap(ObservationRow::themeId, o -> o));
        return reports.pdf(consultation, written, this::writerName, language);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<ConsultationObservation>> observationsByTheme(long summitId) {
        List<ConsultationRow> consultations = rows.bySummit(summitId);
        Map<Long, ConsultationRow> byId = consultations.stream().collect(Collectors.toMap(ConsultationRow::id, c -> c));
        Map<Long, List<ConsultationObservation>> byTheme = new LinkedHashMap<>();
        data.summitThemes(summitId).keySet().stream().sorted().forEach(id -> byTheme.put(id, new java.util.ArrayList<>()));
        if (consultations.isEmpty()) {
            return byTheme;
        }
        observations.findByConsultationIdIn(byId.keySet()).stream()
                .filter(o -> !o.html().isBlank() && byTheme.containsKey(o.themeId()))
                .sorted(java.util.Comparator.comparing((ObservationRow o) -> byId.get(o.consultationId()).startDate())
                        .thenComparing(ObservationRow::consultationId))
                .forEach(o -> {
                    ConsultationRow c = byId.get(o.consultationId());
                    byTheme.get(o.themeId()).add(new ConsultationObservation(c.id(), c.process(), c.city(), c.countryCode(),
                            c.startDate(), o.html()));
                });
        byTheme.replaceAll((id, list) -> List.copyOf(list));
        return byTheme;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConsultationView> ofResourcePerson(long summitId, long userId) {
        return list(summitId).stream()
                .filter(c -> c.themes().stream().anyMatch(t -> t.resourcePersonId() != null && t.resourcePersonId() == userId))
                .toList();
    }

    private Observation view(ObservationRow row) {
        return new Observation(row.consultationId(), row.themeId(), row.source(), row.html(), row.writtenBy(),
                writerName(row.writtenBy()), row.writtenAt());
    }

    private String writerName(long userId) {
        return Optional.of(userId).flatMap(users::find).map(UserView::displayName).orElse(null);
    }
}
