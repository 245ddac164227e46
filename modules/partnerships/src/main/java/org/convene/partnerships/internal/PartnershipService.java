package org.convene.partnerships.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.partnerships.ImportProblem;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeCommand;
import org.convene.partnerships.PracticeImport;
import org.convene.partnerships.PracticeLimits;
import org.convene.partnerships.PracticePage;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.platform.Countries;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.platform.NotFoundException;
import org.convene.platform.SdgRef;
import org.convene.platform.Texts;
import org.convene.platform.db.DeadlockRetry;
import org.convene.roundtables.PublishedOutcome;
import org.convene.roundtables.Roundtables;

/** The facade: checks in plain Java ({@link PracticeRules}, {@link CsvPractices}), writes in {@link PracticeWrites}, search in {@link PracticeSearch}. */
@Singleton
class PartnershipService implements Partnerships {
    private final PracticeWrites writes;
    private final PracticeRows rows;
    private final SdgStore sdgs;
    private final PracticeSearch search;
    private final Roundtables roundtables;

    PartnershipService(PracticeWrites writes, PracticeRows rows, SdgStore sdgs, PracticeSearch search, Roundtables roundtables) {
        this.writes = writes;
        this.rows = rows;
        this.sdgs = sdgs;
        this.search = search;
        this.roundtables = roundtables;
    }

    @Override
    @Transactional(readOnly = true)
    public PracticePage search(PracticeQuery query) {
        List<FieldProblem> problems = new ArrayList<>();
        SdgRef sdg = null;
        String sdgText = Texts.strippedOrNull(query.sdg());
        if (sdgText != null) {
            try {
                sdg = SdgRef.parse("sdg", sdgText);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (query.page() < 1) {
            problems.add(new FieldProblem("page", "practice.page.invalid", "page counts from 1"));
        }
        if (query.size() < 1 || query.size() > PracticeLimits.PAGE_SIZE_MAX) {
            problems.add(new FieldProblem("size", "practice.size.invalid", "size must be 1 to " + PracticeLimits.PAGE_SIZE_MAX));
        }
        List<String> words = query.words() == null ? List.of()
                : Arrays.stream(query.words().strip().split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.size() > PracticeLimits.WORDS_MAX) {
            problems.add(new FieldProblem("q", "practice.words.too-many", "search with at most " + PracticeLimits.WORDS_MAX + " words"));
        }
        String region = Texts.strippedOrNull(query.region());
        if (region != null && !Countries.CONTINENTS.contains(region)) {
            problems.add(new FieldProblem("region", "practice.region.invalid",
                    "region is a continent's UN M49 code: " + String.join(", ", Countries.CONTINENTS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String location = Texts.strippedOrNull(query.location());
        Set<String> regionStates = region == null ? null : Countries.inContinent(region);
        PracticeSearch.Found found = search.find(new PracticeSearch.Filter(sdg, words, location, CountryNames.code(location), regionStates),
                query.page(), query.size());
        return new PracticePage(found.total(), query.page(), query.size(), views(found.ids()), found.facets());
    }

    @Override
    @Transactional(readOnly = true)
    public PracticeView practice(long id) {
        return views(List.of(rows.findById(id).orElseThrow(() -> new NotFoundException("practice", id)).id())).getFirst();
    }

    @Override
    public PracticeView create(PracticeCommand command) {
        Checked checked = PracticeRules.check(command);
        return practice(DeadlockRetry.run(() -> writes.create(checked, null)).id());
    }

    @Override
    public PracticeView update(long id, PracticeCommand command) {
        Checked checked = PracticeRules.check(command);
        return practice(DeadlockRetry.run(() -> writes.update(id, checked)).id());
    }

    @Override
    public void delete(long id) {
        DeadlockRetry.run(() -> writes.delete(id));
    }

    @Override
    public PracticeImport importCsv(byte[] file) {
        CsvPractices.Parsed parsed = CsvPractices.read(file);
        List<Checked> good = parsed.valid().stream().map(CsvPractices.Row::practice).toList();
        int imported = good.isEmpty() ? 0 : DeadlockRetry.run(() -> writes.importAll(good));
        List<ImportProblem> errors = parsed.problems().stream()
                .sorted(Comparator.comparingInt(ImportProblem::row)).toList();
        return new PracticeImport(imported, good.size() - imported, parsed.rows(), errors);
    }

    @Override
    public PracticeCommand draftFrom(PublishedOutcome outcome) {
        String source = "Outcome of " + outcome.number() + " – " + outcome.title();
        return new PracticeCommand(null, null, String.join(", ", outcome.sdgTargets()), null, null, null,
                OutcomeText.plain(outcome.practicesHtml()), null, source.length() > PracticeLimits.SOURCE_MAX
                        ? source.substring(0, PracticeLimits.SOURCE_MAX) : source);
    }

    @Override
    public PracticeView promote(long roundtableId, PracticeCommand command) {
        long summitId = roundtables.roundtable(roundtableId).summitId();
        boolean published = roundtables.publishedOutcomes(summitId).stream().anyMatch(o -> o.roundtableId() == roundtableId);
        if (!published) {
            throw InvalidInputException.of("roundtableId", "practice.outcome.not-published",
                    "only a roundtable's published outcome can be promoted");
        }
        Checked checked = PracticeRules.check(command);
        return practice(DeadlockRetry.run(() -> writes.create(checked, roundtableId)).id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeView> ofRoundtable(long roundtableId) {
        return views(rows.findByRoundtableIdOrderByName(roundtableId).stream().map(PracticeRow::id).toList());
    }

    /** The practices in the order of the ids given. */
    private List<PracticeView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PracticeRow> byId = rows.findByIdIn(ids).stream().collect(Collectors.toMap(PracticeRow::id, Function.identity()));
        Map<Long, List<String>> refs = sdgs.of(ids);
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(r -> new PracticeView(r.id(), r.name(), r.link(), r.sdgText(),
                List.copyOf(refs.getOrDefault(r.id(), List.of())), r.period(), r.location(), r.countryCode(), r.aim(), r.partners(),
                r.source(), r.roundtableId(), r.createdAt())).toList();
    }
}
