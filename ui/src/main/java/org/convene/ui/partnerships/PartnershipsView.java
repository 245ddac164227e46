package org.convene.ui.partnerships;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.convene.identity.Role;
import org.convene.partnerships.Partnerships;
import org.convene.partnerships.PracticeLimits;
import org.convene.partnerships.PracticePage;
import org.convene.partnerships.PracticeQuery;
import org.convene.partnerships.PracticeView;
import org.convene.platform.Countries;
import org.convene.platform.SdgRef;
import org.convene.roundtables.Roundtables;
import org.convene.summit.SummitManagement;
import org.convene.ui.base.Background;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The Platform for Partnerships, open to anyone: practices filtered by SDG goal (with counts per
 * goal) or one typed target, by world region, by place and by words, a page at a time. The chair office also imports
 * CSV files, adds and edits practices, and promotes practices from published outcomes.
 */
@Route(value = "partnerships", layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class PartnershipsView extends VerticalLayout implements HasDynamicTitle {
    private final Partnerships partnerships;
    private final boolean office;
    final Select<Integer> goal = new Select<>();
    final TextField target = new TextField();
    final TextField location = new TextField();
    final Select<String> region = new Select<>();
    final TextField words = new TextField();
    final Span count = new Span();
    final VerticalLayout results = new VerticalLayout();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageText = new Span();
    final EmptyState empty = new EmptyState("");
    final Button importCsv = new Button();
    final Button create = new Button();
    final Button promote = new Button();
    private Map<Integer, Long> facets = new HashMap<>();
    private int page = 1;
    private long total;
    private Background background = Background.THREAD;

    public PartnershipsView(UserSession session, Partnerships partnerships, SummitManagement summits, Roundtables roundtables) {
        this.partnerships = partnerships;
        this.office = session.user().map(u -> u.has(Role.CHAIR_OFFICE)).orElse(false);
        goal.setLabel(getTranslation("pfp.goal"));
        goal.setItems(IntStream.rangeClosed(1, SdgRef.GOALS).boxed().toList());
        goal.setEmptySelectionAllowed(true);
        goal.setEmptySelectionCaption(getTranslation("pfp.goal.all"));
        goal.setItemLabelGenerator(this::goalLabel);
        goal.setId("pfp-goal");
        goal.setWidth("22rem");
        target.setLabel(getTranslation("pfp.target"));
        target.setHelperText(getTranslation("pfp.target.help"));
        target.setClearButtonVisible(true);
        target.setId("pfp-target");
        location.setLabel(getTranslation("pfp.location"));
        location.setClearButtonVisible(true);
        location.setId("pfp-location");
        region.setLabel(getTranslation("pfp.region"));
        region.setItems(Countries.CONTINENTS);
        region.setEmptySelectionAllowed(true);
        region.setEmptySelectionCaption(getTranslation("pfp.region.all"));
        region.setItemLabelGenerator(m49 -> m49 == null ? getTranslation("pfp.region.all") : Countries.continentName(m49, getLocale()));
        region.setId("pfp-region");
        region.addValueChangeListener(e -> search(1));
        words.setLabel(getTranslation("pfp.words"));
        words.setHelperText(getTranslation("pfp.words.help"));
        words.setClearButtonVisible(true);
        words.setId("pfp-words");
        for (TextField field : List.of(target, location, words)) {
            field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            field.addValueChangeListener(e -> search(1));
        }
        goal.addValueChangeListener(e -> search(1));
        previous.setText(getTranslation("pfp.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        previous.addClickListener(e -> search(page - 1));
        next.setText(getTranslation("pfp.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addClickListener(e -> search(page + 1));
        count.setId("pfp-count");
        count.getElement().setAttribute("role", "status");
        results.setPadding(false);
        results.setSpacing(false);
        HorizontalLayout filters = new HorizontalLayout(goal, target, region, location, words);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout paging = new HorizontalLayout(previous, pageText, next);
        paging.setAlignItems(FlexComponent.Alignment.CENTER);
        Header header = new Header(new H2(getTranslation("pfp.title")));
        if (office) {
            importCsv.setText(getTranslation("pfp.import"));
            importCsv.setIcon(VaadinIcon.UPLOAD.create());
            importCsv.addClickListener(e -> openImport());
            create.setText(getTranslation("pfp.new"));
            create.setIcon(VaadinIcon.PLUS.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(e -> edit(null));
            promote.setText(getTranslation("pfp.promote"));
            promote.setIcon(VaadinIcon.FILE_TEXT_O.create());
            promote.addClickListener(e -> new PromoteDialog(summits.list(), partnerships, roundtables, () -> search(page)).open());
            header.add(create, importCsv, promote);
        }
        add(header, new Paragraph(getTranslation("pfp.intro")), filters, count, empty, results, paging);
        search(1);
    }

    /** The select shows the label of null for "no goal" too. */
    private String goalLabel(Integer g) {
        if (g == null) {
            return getTranslation("pfp.goal.all");
        }
        return getTranslation("pfp.goal.option", g, getTranslation("sdg.goal." + g), facets.getOrDefault(g, 0L));
    }

    /** Runs the search for the page; a target that is not one is shown on its field, and the last results stay. */
    void search(int wanted) {
        target.setInvalid(false);
        words.setInvalid(false);
        String sdg = target.getValue().isBlank() ? (goal.getValue() == null ? null : goal.getValue().toString()) : target.getValue();
        PracticePage[] result = new PracticePage[1];
        boolean ok = ServerErrors.attempt(this, Map.of("sdg", target, "q", words), () -> result[0] = partnerships.search(
                new PracticeQuery(sdg, words.getValue(), location.getValue(), region.getValue(), Math.max(1, wanted), PracticeLimits.PAGE_SIZE_DEFAULT)));
        if (!ok) {
            return;
        }
        PracticePage found = result[0];
        page = found.page();
        total = found.total();
        facets = new HashMap<>();
        found.facets().forEach(f -> facets.put(f.goal(), f.count()));
        // Counts change with the words and place: relabel the goals without changing the choice.
        goal.setItemLabelGenerator(this::goalLabel);
        results.removeAll();
        found.items().forEach(p -> results.add(new PracticeCard(p, office ? this::edit : null)));
        long pages = Math.max(1, (total + found.size() - 1) / found.size());
        count.setText(getTranslation("pfp.count", total));
        pageText.setText(getTranslation("pfp.page", page, pages));
        previous.setEnabled(page > 1);
        next.setEnabled(page < pages);
        boolean filtered = sdg != null || !words.getValue().isBlank() || !location.getValue().isBlank() || region.getValue() != null;
        empty.removeAll();
        empty.add(new Paragraph(getTranslation(filtered ? "pfp.empty" : "pfp.empty.catalogue")));
        empty.setVisible(found.items().isEmpty());
    }

    private void edit(PracticeView practice) {
        FormDialog[] dialog = new FormDialog[1];
        PracticeForm[] form = new PracticeForm[1];
        form[0] = new PracticeForm(command -> {
            boolean saved = ServerErrors.attempt(this, form[0].fields(), () -> {
                if (practice == null) {
                    partnerships.create(command);
                } else {
                    partnerships.update(practice.id(), command);
                }
            });
            if (saved) {
                dialog[0].close();
                ServerErrors.success(getTranslation("saved"));
                search(page);
            }
        }, () -> {
            if (ServerErrors.attempt(this, Map.of(), () -> partnerships.delete(practice.id()))) {
                dialog[0].close();
                search(page);
            }
        }, () -> dialog[0].close());
        if (practice != null) {
            form[0].edit(practice);
        }
        dialog[0] = new FormDialog(practice == null ? getTranslation("pfp.new") : getTranslation("pfp.edit.title", practice.name()), form[0]);
        dialog[0].setWidth("min(48rem, 100vw)");
        dialog[0].open();
    }

    private void openImport() {
        PracticeImportDialog dialog = new PracticeImportDialog(partnerships, () -> search(1));
        dialog.runSlowWork(background);
        dialog.open();
    }

    /** How slow work (an import) runs: on its own thread with the UI polling, or at once (tests). */
    public void runSlowWork(Background how) {
        this.background = how;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pfp.title") + " · " + getTranslation("app.name");
    }
}
