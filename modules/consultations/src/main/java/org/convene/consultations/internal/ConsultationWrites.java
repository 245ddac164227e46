package org.convene.consultations.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.convene.consultations.ConsultationCommand;
import org.convene.documents.RichText;
import org.convene.consultations.ConsultationLimits;
import org.convene.consultations.ConsultationView;
import org.convene.consultations.Editor;
import org.convene.platform.AccessDeniedException;
import org.convene.platform.ConflictException;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Texts;
import org.convene.summit.ThemeView;

/**
 * The writes, each in one transaction that first locks the consultation's row. READ COMMITTED, so
 * a writer that waited for the lock counts the themes the one before it committed.
 */
@Singleton
@Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
class ConsultationWrites {
    private final ConsultationRows rows;
    private final ThemeRows themes;
    private final ObservationRows observations;
    private final ConsultationData data;
    private final Clock clock;

    ConsultationWrites(ConsultationRows rows, ThemeRows themes, ObservationRows observations, ConsultationData data, Clock clock) {
        this.rows = rows;
        this.themes = themes;
        this.observations = observations;
        this.data = data;
        this.clock = clock;
    }

    ConsultationView create(long summitId, ConsultationCommand command) {
        data.summit(summitId);
        ConsultationRules.check(command, data.summitThemes(summitId).keySet());
        ConsultationRow saved = rows.save(row(null, summitId, command));
        saveThemes(saved.id(), command.themeIds());
        return data.view(saved);
    }

    ConsultationView update(long id, ConsultationCommand command) {
        ConsultationRow stored = lock(id);
        ConsultationRules.check(command, data.summitThemes(stored.summitId()).keySet());
        ConsultationRow changed = rows.update(row(id, stored.summitId(), command));
        for (ThemeRow before : themes.findByConsultationIdOrderByPosition(id)) {
            if (!command.themeIds().contains(before.themeId())) {
                observations.deleteByConsultationIdAndThemeId(id, before.themeId());
            }
        }
        themes.deleteByConsultationId(id);
        saveThemes(id, command.themeIds());
        return data.view(changed);
    }

    void delete(long id) {
        lock(id);
        rows.deleteById(id);
    }

    ConsultationView addTheme(long id, long themeId) {
        ConsultationRow stored = lock(id);
        if (!data.summitThemes(stored.summitId()).containsKey(themeId)) {
            throw new InvalidInputException(List.of(ConsultationRules.otherSummit()));
        }
        List<ThemeRow> taken = themes.findByConsultationIdOrderByPosition(id);
        if (taken.stream().anyMatch(t -> t.themeId() == themeId)) {
            throw new ConflictException("themeIds", "consultation.themes.taken", "the consultation already takes up this theme");
        }
        if (taken.size() >= ConsultationLimits.THEMES_MAX) {
            var problem = ConsultationRules.tooManyThemes();
            throw new ConflictException(problem.field(), problem.code(), problem.message());
        }
        themes.save(new ThemeRow(null, id, themeId, taken.isEmpty() ? 0 : taken.getLast().position() + 1));
        return data.view(stored);
    }

    ConsultationView removeTheme(long id, long themeId) {
        ConsultationRow stored = lock(id);
        observations.deleteByConsultationIdAndThemeId(id, themeId);
        themes.deleteByConsultationIdAndThemeId(id, themeId);
        return data.view(stored);
    }

    ObservationRow saveObservations(Editor editor, long id, long themeId, String source) {
        ConsultationRow stored = lock(id);
        ThemeView theme = takenTheme(stored, themeId);
        if (!mayWrite(editor, theme)) {
            throw new AccessDeniedException("write the observations of this theme");
        }
        String text = source == null ? "" : source.strip();
        if (text.length() > ConsultationLimits.OBSERVATIONS_MAX) {
            throw InvalidInputException.of("source", "consultation.observations.too-long",
                    "the observations are longer than " + ConsultationLimits.OBSERVATIONS_MAX + " characters");
        }
        ObservationRow before = observations.findByConsultationIdAndThemeId(id, themeId).orElse(null);
        ObservationRow row = new ObservationRow(before == null ? null : before.id(), id, themeId, text, RichText.html(text),
                editor.userId(), clock.instant());
        return before == null ? observations.save(row) : observations.update(row);
    }

    static boolean mayWrite(Editor editor, ThemeView theme) {
        return editor.chairOffice() || (theme.resourcePersonId() != null && theme.resourcePersonId() == editor.userId());
    }

    /** @throws InvalidInputException field {@code themeId} when the consultation does not take up the theme */
    ThemeView takenTheme(ConsultationRow consultation, long themeId) {
        boolean taken = themes.findByConsultationIdOrderByPosition(consultation.id()).stream().anyMatch(t -> t.themeId() == themeId);
        Map<Long, ThemeView> summitThemes = data.summitThemes(consultation.summitId());
        if (!taken || !summitThemes.containsKey(themeId)) {
            throw InvalidInputException.of("themeId", "consultation.themes.not-taken", "the consultation does not take up this theme");
        }
        return summitThemes.get(themeId);
    }

    private ConsultationRow lock(long id) {
        return rows.lock(id).orElseThrow(() -> new NotFoundException("consultation", id));
    }

    private void saveThemes(long id, List<Long> themeIds) {
        List<ThemeRow> rowsToSave = new ArrayList<>();
        for (int i = 0; i < themeIds.size(); i++) {
            rowsToSave.add(new ThemeRow(null, id, themeIds.get(i), i));
        }
        if (!rowsToSave.isEmpty()) {
            themes.saveAll(rowsToSave);
        }
    }

    private static ConsultationRow row(Long id, long summitId, ConsultationCommand c) {
        return new ConsultationRow(id, summitId, Texts.stripped(c.process()), Texts.stripped(c.city()), c.countryCode().strip().toUpperCase(),
                c.startDate(), c.endDate(), String.join(",", ConsultationRules.codes(c.participants())), c.participantCount());
    }
}
