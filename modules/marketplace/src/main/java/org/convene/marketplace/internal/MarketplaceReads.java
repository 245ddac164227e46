package org.convene.marketplace.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.ExhibitorView;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.ProductView;
import org.convene.marketplace.StageSlotView;

/** Rows to views: booths with their exhibitors, the stage with its bookings, applications with products. */
@Singleton
@Transactional(readOnly = true)
class MarketplaceReads {
    private final FloorPlans plans;
    private final Booths booths;
    private final Applications applications;
    private final Products products;
    private final Allocations allocations;
    private final StageSlots slots;
    private final Bookings bookings;

    MarketplaceReads(FloorPlans plans, Booths booths, Applications applications, Products products, Allocations allocations,
                     StageSlots slots, Bookings bookings) {
        this.plans = plans;
        this.booths = booths;
        this.applications = applications;
        this.products = products;
        this.allocations = allocations;
        this.slots = slots;
        this.bookings = bookings;
    }

    FloorPlanView plan(long summitId) {
        return plans.find(summitId)
                .map(p -> new FloorPlanView(summitId, p.gridColumns(), p.gridRows(), p.imageType() != null, p.imageWidth(), p.imageHeight()))
                .orElse(new FloorPlanView(summitId, MarketplaceWrites.DEFAULT_COLUMNS, MarketplaceWrites.DEFAULT_ROWS, false, null, null));
    }

    List<BoothView> booths(long summitId) {
        List<BoothRow> rows = booths.findBySummitIdOrderByCode(summitId);
        Map<Long, AllocationRow> byBooth = rows.isEmpty() ? Map.of()
                : allocations.findByBoothIdIn(ids(rows, BoothRow::id)).stream().collect(Collectors.toMap(AllocationRow::boothId, a -> a));
        Map<Long, ApplicationRow> exhibitors = applicationsOf(summitId);
        return rows.stream().map(b -> {
            AllocationRow a = byBooth.get(b.id());
            ApplicationRow e = a == null ? null : exhibitors.get(a.applicationId());
            return new BoothView(b.id(), summitId, b.code(), b.area(), b.x(), b.y(), b.w(), b.h(), e == null ? null : e.id(),
                    e == null ? null : e.organisation());
        }).toList();
    }

    List<StageSlotView> stage(long summitId) {
        List<StageSlotRow> rows = slots.findBySummitIdOrderByStartsAt(summitId);
        Map<Long, BookingRow> bySlot = rows.isEmpty() ? Map.of()
                : bookings.findBySlotIdIn(ids(rows, StageSlotRow::id)).stream().collect(Collectors.toMap(BookingRow::slotId, b -> b));
        Map<Long, ApplicationRow> exhibitors = applicationsOf(summitId);
        return rows.stream().map(s -> {
            BookingRow b = bySlot.get(s.id());
            ApplicationRow e = b == null ? null : exhibitors.get(b.applicationId());
            return new StageSlotView(s.id(), summitId, s.startsAt(), s.endsAt(), e == null ? null : e.id(), e == null ? null : e.organisation());
        }).toList();
    }

    ApplicationView view(ApplicationRow row) {
        return views(row.summitId(), List.of(row)).getFirst();
    }

    List<ApplicationView> views(long summitId, List<ApplicationRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, BoothView> boothOf = new HashMap<>();
        booths(summitId).stream().filter(b -> b.exhibitorId() != null).forEach(b -> boothOf.put(b.exhibitorId(), b));
        Map<Long, StageSlotView> slotOf = new HashMap<>();
        stage(summitId).stream().filter(s -> s.exhibitorId() != null).forEach(s -> slotOf.put(s.exhibitorId(), s));
        Map<Long, List<ProductView>> productsOf = products(ids(rows, ApplicationRow::id));
        return rows.stream().map(a -> new ApplicationView(a.id(), a.summitId(), a.userId(), a.registrationId(), a.organisation(),
                a.projectTitle(), a.description(), a.status(), a.appliedAt(), a.updatedAt(), a.decidedBy(), a.decidedAt(),
                boothOf.get(a.id()), slotOf.get(a.id()), productsOf.getOrDefault(a.id(), List.of()))).toList();
    }

    List<ExhibitorView> exhibitors(long summitId, String query) {
        List<ApplicationRow> accepted = applications.findBySummitIdAndStatusOrderByOrganisation(summitId, ApplicationStatus.ACCEPTED);
        String words = fold(query == null ? "" : query.strip());
        List<ExhibitorView> found = new ArrayList<>();
        for (ApplicationView a : views(summitId, accepted)) {
            ExhibitorView e = exhibitor(a);
            if (words.isEmpty() || matches(e, words)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparing(e -> fold(e.organisation())));
        return found;
    }

    static ExhibitorView exhibitor(ApplicationView a) {
        return new ExhibitorView(a.id(), a.summitId(), a.organisation(), a.projectTitle(), a.description(), a.booth(), a.slot(), a.products());
    }

    /** Every word must appear in the organisation, project, description, booth code or a product's title. */
    private static boolean matches(ExhibitorView e, String words) {
        StringBuilder text = new StringBuilder().append(e.organisation()).append(' ').append(e.projectTitle()).append(' ')
                .append(e.description());
        if (e.booth() != null) {
            text.append(' ').append(e.booth().code());
        }
        e.products().forEach(p -> text.append(' ').append(p.title()));
        String folded = fold(text.toString());
        for (String word : words.split("\\s+")) {
            if (!folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lower case without accents, so "cafe" finds "Café" and "migracion" finds "Migración". */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private Map<Long, List<ProductView>> products(Collection<Long> applicationIds) {
        return products.findByApplicationIdInOrderById(applicationIds).stream()
                .map(p -> new ProductView(p.id(), p.applicationId(), p.kind(), p.title(), p.description(), p.link(), p.imageType() != null))
                .collect(Collectors.groupingBy(ProductView::applicationId));
    }

    private Map<Long, ApplicationRow> applicationsOf(long summitId) {
        return applications.findBySummitIdOrderById(summitId).stream().collect(Collectors.toMap(ApplicationRow::id, a -> a));
    }

    private static <T> List<Long> ids(List<T> rows, Function<T, Long> id) {
        return rows.stream().map(id).toList();
    }
}
