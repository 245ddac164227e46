package org.convene.summit.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.Texts;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.SummitCommand;
import org.convene.summit.SummitLimits;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitOverview;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;

@Singleton
@Transactional
class SummitManagementService implements SummitManagement {
    private final Summits summits;
    private final Chairmanships chairmanships;
    private final ChairmanshipManagement chairmanshipManagement;
    private final SummitSetup setup;

    SummitManagementService(Summits summits, Chairmanships chairmanships, ChairmanshipManagement chairmanshipManagement, SummitSetup setup) {
        this.summits = summits;
        this.chairmanships = chairmanships;
        this.chairmanshipManagement = chairmanshipManagement;
        this.setup = setup;
    }

    @Override
    public SummitView create(SummitCommand command) {
        SummitRules.check(command, lockedTerm(command.chairmanshipId()));
        return summits.save(summit(null, command, null, SummitLimits.DEFAULT_LANGUAGE)).view();
    }

    @Override
    public SummitView update(long id, SummitCommand command) {
        if (!summits.existsById(id)) {
            throw new NotFoundException("summit", id);
        }
        SummitRules.check(command, lockedTerm(command.chairmanshipId()));
        // Locked after the term (the order every writer takes), so a language set meanwhile is kept.
        Summit existing = summits.lockById(id).orElseThrow(() -> new NotFoundException("summit", id));
        return summits.update(summit(id, command, existing.version(), existing.language())).view();
    }

    @Override
    public void delete(long id) {
        if (!summits.existsById(id)) {
            throw new NotFoundException("summit", id);
        }
        // Its themes and rooms go with it (ON DELETE CASCADE).
        summits.deleteById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SummitView> list() {
        return summits.listNewestFirst().stream().map(Summit::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SummitView> find(long id) {
        return summits.findById(id).map(Summit::view);
    }

    @Override
    @Transactional(readOnly = true)
    public SummitOverview overview(long id) {
        SummitView summit = find(id).orElseThrow(() -> new NotFoundException("summit", id));
        return new SummitOverview(summit, chairmanshipManagement.troika(summit.chairmanshipId()), setup.themes(id), setup.rooms(id));
    }

    @Override
    public SummitView setLanguage(long id, String language) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!SummitLimits.LANGUAGES.contains(code)) {
            throw InvalidInputException.of("language", "summit.language.unknown", "a summit's language is one of " + SummitLimits.LANGUAGES);
        }
        summits.lockById(id).orElseThrow(() -> new NotFoundException("summit", id));
        summits.changeLanguage(id, code);
        return find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Locale language(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("summit", id)).locale();
    }

    /**
     * The term of the named chairmanship, locked until the summit is written, so a concurrent change
     * of the term cannot leave the summit outside it.
     */
    private Optional<Term> lockedTerm(Long chairmanshipId) {
        return chairmanshipId == null ? Optional.empty() : chairmanships.lockById(chairmanshipId).map(Chairmanship::term);
    }

    private static Summit summit(Long id, SummitCommand c, Long version, String language) {
        return new Summit(id, c.chairmanshipId(), Texts.stripped(c.title()), c.edition(), Texts.stripped(c.city()),
                Texts.stripped(c.venue()), c.startDate(), c.endDate(), Texts.strippedOrNull(c.overarchingTheme()), version,
                c.retentionDate(), language);
    }
}
