package org.convene.ui.reports;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.convene.delegations.Actor;
import org.convene.platform.InvalidInputException;
import org.convene.platform.SdgRef;
import org.convene.reports.Recollection;
import org.convene.reports.RecollectionHit;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The thematic recollection: what the published outcomes and the consultations' observations of all
 * summits said on a subject, found by words and an SDG, grouped by year, newest first.
 */
@Route(value = "recollection", layout = MainLayout.class)
@RolesAllowed({"CHAIR_OFFICE", "RESOURCE_PERSON", "RAPPORTEUR"})
@Prototype
public class RecollectionView extends VerticalLayout implements HasDynamicTitle {
    final TextField words = new TextField();
    final TextField sdg = new TextField();
    final Button search = new Button();
    final Div results = new Div();
    private final Recollection recollection;
    private final Actor actor;

    public RecollectionView(UserSession session, Recollection recollection) {
        this.recollection = recollection;
        this.actor = Actor.of(session.user().orElseThrow());
        words.setLabel(getTranslation("recollection.words"));
        words.setHelperText(getTranslation("recollection.words.help"));
        words.setId("words");
        words.setWidth("24rem");
        sdg.setLabel(getTranslation("recollection.sdg"));
        sdg.setHelperText(getTranslation("recollection.sdg.help"));
        sdg.setId("sdg");
        sdg.addValueChangeListener(e -> sdg.setInvalid(false));
        words.addValueChangeListener(e -> words.setInvalid(false));
        search.setText(getTranslation("recollection.search"));
        search.setIcon(VaadinIcon.SEARCH.create());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(Key.ENTER);
        search.addClickListener(e -> search());
        results.setId("recollection-results");
        results.setWidthFull();
        HorizontalLayout form = new HorizontalLayout(words, sdg, search);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("nav.recollection")), new Paragraph(getTranslation("recollection.intro")), form, results);
        results.add(new EmptyState(getTranslation("recollection.start")));
    }

    void search() {
        if (!sdg.getValue().isBlank()) {
            try {
                SdgRef.parse("sdg", sdg.getValue());
            } catch (InvalidInputException e) {
                sdg.setErrorMessage(getTranslation("recollection.sdg.invalid"));
                sdg.setInvalid(true);
                return;
            }
        }
        AtomicReference<List<RecollectionHit>> found = new AtomicReference<>();
        if (ServerErrors.attempt(this, Map.of("words", words), () -> found.set(recollection.search(actor, words.getValue(), sdg.getValue())))) {
            show(found.get());
        }
    }

    private void show(List<RecollectionHit> hits) {
        results.removeAll();
        if (hits.isEmpty()) {
            results.add(new EmptyState(getTranslation(sdg.getValue().isBlank() ? "recollection.none" : "recollection.none.sdg")));
            return;
        }
        Span count = new Span(getTranslation("recollection.count", Formats.number(hits.size(), getLocale())));
        count.getElement().setAttribute("role", "status");
        results.add(count);
        Map<Integer, List<RecollectionHit>> byYear = new LinkedHashMap<>();
        hits.forEach(h -> byYear.computeIfAbsent(h.year(), y -> new java.util.ArrayList<>()).add(h));
        byYear.forEach((year, ofYear) -> {
            results.add(new H3(String.valueOf(year)));
            ofYear.forEach(h -> results.add(hit(h)));
        });
    }

    private Div hit(RecollectionHit h) {
        String source = h.source() == RecollectionHit.Source.OUTCOME
                ? getTranslation("recollection.outcome", h.roundtableNumber(), h.roundtableTitle())
                : getTranslation("recollection.observations", h.consultationProcess(), Formats.date(h.consultationDate(), getLocale()));
        Span heading = new Span(source);
        heading.getStyle().set("font-weight", "600").set("display", "block");
        Span where = new Span(h.summitTitle() + " · " + getTranslation("recollection.theme", h.themeTitle()));
        where.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)").set("display", "block");
        Paragraph snippet = new Paragraph(h.snippet());
        snippet.getStyle().set("margin", "var(--lumo-space-xs) 0");
        Div card = new Div(heading, where, snippet);
        if (!h.sdgTargets().isEmpty()) {
            Span targets = new Span(getTranslation("recollection.sdg-targets", String.join(", ", h.sdgTargets())));
            targets.getStyle().set("font-size", "var(--lumo-font-size-s)");
            card.add(targets);
        }
        card.addClassName("recollection-hit");
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border-left", "3px solid var(--lumo-primary-color)").set("background", "var(--lumo-contrast-5pct)");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.recollection") + " · " + getTranslation("app.name");
    }
}
