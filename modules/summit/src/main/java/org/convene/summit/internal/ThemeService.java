package org.convene.summit.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.convene.identity.UserManagement;
import org.convene.platform.NotFoundException;
import org.convene.platform.Problems;
import org.convene.platform.Texts;
import org.convene.summit.SummitLimits;
import org.convene.summit.ThemeCommand;
import org.convene.summit.ThemeView;

/**
 * Themes of a summit, numbered 1..n. Adding and deleting lock the summit first, so concurrent
 * changes number the themes one after another instead of giving two the same number.
 */
@Singleton
@Transactional
class ThemeService {
    private final Themes themes;
    private final Summits summits;
    private final UserManagement users;

    ThemeService(Themes themes, Summits summits, UserManagement users) {
        this.themes = themes;
        this.summits = summits;
        this.users = users;
    }

    ThemeView add(long summitId, ThemeCommand command) {
        lockSummit(summitId);
        check(command);
        int position = themes.lastPosition(summitId) + 1;
        return themes.save(new Theme(null, summitId, position, Texts.stripped(command.title()),
                Texts.strippedOrNull(command.description()), command.resourcePersonId(), null)).view();
    }

    ThemeView update(long themeId, ThemeCommand command) {
        Theme theme = find(themeId);
        check(command);
        return themes.update(new Theme(theme.id(), theme.summitId(), theme.position(), Texts.stripped(command.title()),
                Texts.strippedOrNull(command.description()), command.resourcePersonId(), theme.version())).view();
    }

    void delete(long themeId) {
        long summitId = find(themeId).summitId();
        lockSummit(summitId);
        // Read again under the lock: a delete that ran meanwhile may have moved this theme up.
        Theme theme = themes.lockById(themeId).orElseThrow(() -> new NotFoundException("theme", themeId));
        themes.deleteById(themeId);
        themes.closeGapAfter(summitId, theme.position());
    }

    @Transactional(readOnly = true)
    List<ThemeView> ofSummit(long summitId) {
        if (!summits.existsById(summitId)) {
            throw new NotFoundException("summit", summitId);
        }
        return themes.findBySummitIdOrderByPosition(summitId).stream().map(Theme::view).toList();
    }

    @Transactional(readOnly = true)
    ThemeView get(long themeId) {
        return find(themeId).view();
    }

    private Theme find(long themeId) {
        return themes.findById(themeId).orElseThrow(() -> new NotFoundException("theme", themeId));
    }

    private void lockSummit(long summitId) {
        summits.lockById(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
    }

    private void check(ThemeCommand command) {
        Problems problems = new Problems();
        problems.text("title", Texts.stripped(command.title()), SummitLimits.THEME_TITLE_MAX);
        problems.optionalText("description", Texts.strippedOrNull(command.description()), SummitLimits.THEME_DESCRIPTION_MAX);
        Long person = command.resourcePersonId();
        if (person != null && !users.exists(person)) {
            problems.add("resourcePersonId", "theme.resource-person.unknown", "user " + person + " does not exist");
        }
        problems.throwIfAny();
    }
}
