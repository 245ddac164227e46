package org.convene.consultations.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jakarta.inject.Singleton;
import org.convene.consultations.ConsultationView;
import org.convene.platform.NotFoundException;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;

/** Reads consultations with what they name from the summit module, by id, in the caller's transaction. */
@Singleton
class ConsultationData {
    private final ConsultationRows rows;
    private final ThemeRows themes;
    private final SummitManagement summits;
    private final SummitSetup setup;
    private final ChairmanshipManagement chairmanships;

    ConsultationData(ConsultationRows rows, ThemeRows themes, SummitManagement summits, SummitSetup setup,
                     ChairmanshipManagement chairmanships) {
        this.rows = rows;
        this.themes = themes;
        this.summits = summits;
        this.setup = setup;
        this.chairmanships = chairmanships;
    }

    SummitView summit(long summitId) {
        return summits.find(summitId).orElseThrow(() -> new NotFoundException("summit", summitId));
    }

    ConsultationRow row(long consultationId) {
        return rows.findById(consultationId).orElseThrow(() -> new NotFoundException("consultation", consultationId));
    }

    /** The summit's themes by id. */
    Map<Long, ThemeView> summitThemes(long summitId) {
        return setup.themes(summitId).stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
    }

    List<ConsultationView> views(long summitId, Collection<ConsultationRow> consultations) {
        if (consultations.isEmpty()) {
            return List.of();
        }
        SummitView summit = summit(summitId);
        List<String> chairs = chairmanships.find(summit.chairmanshipId()).map(ChairmanshipView::chairs).orElse(List.of());
        Map<Long, ThemeView> byId = summitThemes(summitId);
        Map<Long, List<ThemeRow>> taken = themes.findByConsultationIdInOrderByPosition(consultations.stream().map(ConsultationRow::id).toList())
                .stream().collect(Collectors.groupingBy(ThemeRow::consultationId));
        return consultations.stream().map(r -> new ConsultationView(r.id(), r.summitId(), chairs, r.process(), r.city(), r.countryCode(),
                r.startDate(), r.endDate(), participants(r.participants()), r.participantCount(),
                taken.getOrDefault(r.id(), List.of()).stream().map(t -> byId.get(t.themeId())).filter(t -> t != null)
                        .map(t -> new ConsultationView.Theme(t.id(), t.title(), t.resourcePersonId())).toList())).toList();
    }

    ConsultationView view(ConsultationRow row) {
        return views(row.summitId(), List.of(row)).getFirst();
    }

    static List<String> participants(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
