package org.convene.ui.marketplace;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import org.convene.marketplace.ExhibitorView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.StageSlotView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;

/** The public marketplace of a summit: the floor plan, the exhibitors with search, the stage; open to anyone. */
@Route(value = "marketplace", layout = MainLayout.class)
@AnonymousAllowed
@Prototype
public class MarketplaceView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final TextField search = new TextField();
    final UnorderedList exhibitors = new UnorderedList();
    final UnorderedList stage = new UnorderedList();
    private final FloorPlanBoard board;
    private final Div empty = new Div();
    private final Marketplace marketplace;

    public MarketplaceView(SummitManagement summits, Marketplace marketplace) {
        this.marketplace = marketplace;
        this.board = new FloorPlanBoard(marketplace);
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("marketplace.search"));
        search.setPlaceholder(getTranslation("marketplace.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> showExhibitors());
        search.setId("marketplace-search");
        exhibitors.setId("exhibitors");
        stage.setId("stage");
        add(new H2(getTranslation("nav.marketplace")), summit, board, new H3(getTranslation("marketplace.exhibitors")), search, empty,
                exhibitors, new H3(getTranslation("marketplace.stage")), stage);
        if (all.isEmpty()) {
            empty.add(new EmptyState(getTranslation("programme.no-summits")));
            board.setVisible(false);
        } else {
            summit.setValue(all.getFirst());
        }
    }

    private void refresh() {
        long summitId = summit.getValue().id();
        board.show(marketplace.plan(summitId), marketplace.booths(summitId));
        showExhibitors();
        stage.removeAll();
        List<StageSlotView> slots = marketplace.stage(summitId);
        if (slots.isEmpty()) {
            stage.add(new ListItem(getTranslation("marketplace.stage.empty")));
        }
        for (StageSlotView s : slots) {
            stage.add(new ListItem(Labels.slot(getLocale(), s) + " — "
                    + (s.free() ? getTranslation("marketplace.stage.free") : s.exhibitorName())));
        }
    }

    private void showExhibitors() {
        if (summit.getValue() == null) {
            return;
        }
        exhibitors.removeAll();
        List<ExhibitorView> found = marketplace.exhibitors(summit.getValue().id(), search.getValue());
        empty.removeAll();
        if (found.isEmpty()) {
            empty.add(new EmptyState(getTranslation(search.getValue().isBlank() ? "marketplace.no-exhibitors" : "marketplace.no-match")));
        }
        for (ExhibitorView e : found) {
            RouterLink link = new RouterLink(e.organisation(), ExhibitorPage.class, e.id());
            Span project = new Span(" — " + e.projectTitle()
                    + (e.booth() == null ? "" : " · " + getTranslation("marketplace.booth.code", e.booth().code())));
            exhibitors.add(new ListItem(new Div(link, project)));
        }
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    public TextField searchField() {
        return search;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.marketplace") + " · " + getTranslation("app.name");
    }
}
