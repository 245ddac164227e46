package org.convene.ui.marketplace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.convene.delegations.Actor;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.BoothView;
import org.convene.marketplace.FloorPlanView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The chair office's marketplace: the plan (grid size or an uploaded image), booths, applications
 * with decisions and booth allocation, and the stage's slots (in {@link StageEditor}).
 */
@Route(value = "marketplace/admin", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class MarketplaceAdminView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final IntegerField columns = new IntegerField();
    final IntegerField rows = new IntegerField();
    final Upload planUpload;
    final Grid<BoothView> booths = new Grid<>();
    final Grid<ApplicationView> applications = new Grid<>();
    final StageEditor stage;
    private final FloorPlanBoard board;
    private final EmptyState noApplications;
    private final Marketplace marketplace;
    private final Actor actor;
    private FloorPlanView plan;
    private List<BoothView> boothList = List.of();

    public MarketplaceAdminView(UserSession session, SummitManagement summits, Marketplace marketplace) {
        this.marketplace = marketplace;
        this.actor = Actor.of(session.user().orElseThrow());
        this.board = new FloorPlanBoard(marketplace);
        this.stage = new StageEditor(marketplace, actor);
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> refresh());
        columns.setLabel(getTranslation("marketplace.plan.columns"));
        rows.setLabel(getTranslation("marketplace.plan.rows"));
        columns.setMin(1);
        columns.setMax(MarketplaceLimits.MAX_GRID_SIDE);
        rows.setMin(1);
        rows.setMax(MarketplaceLimits.MAX_GRID_SIDE);
        Button setGrid = new Button(getTranslation("marketplace.plan.set-grid"), e -> setGrid());
        setGrid.setId("set-grid");
        planUpload = new Upload(planHandler());
        planUpload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        planUpload.setMaxFileSize(MarketplaceLimits.MAX_PLAN_BYTES);
        planUpload.setMaxFiles(1);
        planUpload.setUploadButton(new Button(getTranslation("marketplace.plan.upload")));
        planUpload.addFileRejectedListener(e -> ServerErrors.error(getTranslation("marketplace.image.type")));
        HorizontalLayout grid = new HorizontalLayout(columns, rows, setGrid, planUpload);
        grid.setAlignItems(FlexComponent.Alignment.BASELINE);
        grid.setWrap(true);
        booths.addColumn(BoothView::code).setHeader(getTranslation("marketplace.booth.code-field")).setAutoWidth(true);
        booths.addColumn(BoothView::area).setHeader(getTranslation("marketplace.booth.area")).setAutoWidth(true);
        booths.addColumn(b -> b.x() + ", " + b.y() + " · " + b.w() + " × " + b.h()).setHeader(getTranslation("marketplace.booth.position"));
        booths.addColumn(b -> b.exhibitorName() == null ? getTranslation("marketplace.booth.free") : b.exhibitorName())
                .setHeader(getTranslation("marketplace.exhibitor"));
        booths.addComponentColumn(b -> {
            // Buttons rather than a row click, so the keyboard reaches them.
            Button edit = new Button(getTranslation("marketplace.edit"),
                    e -> new BoothDialog(marketplace, actor, summit.getValue().id(), b, plan.hasImage(), this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("marketplace.booth.edit") + " " + b.code());
            Button delete = new Button(getTranslation("action.delete"), e -> {
                ServerErrors.attempt(this, Map.of(), () -> marketplace.deleteBooth(actor, b.id()));
                refresh();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel(getTranslation("action.delete") + " " + b.code());
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true);
        booths.setAllRowsVisible(true);
        booths.setId("booth-grid");
        Button addBooth = new Button(getTranslation("marketplace.booth.add"),
                e -> new BoothDialog(marketplace, actor, summit.getValue().id(), null, plan.hasImage(), this::refresh).open());
        addBooth.setId("add-booth");
        applications.addColumn(ApplicationView::organisation).setHeader(getTranslation("marketplace.organisation")).setAutoWidth(true);
        applications.addColumn(ApplicationView::projectTitle).setHeader(getTranslation("marketplace.project")).setFlexGrow(1);
        applications.addComponentColumn(this::decision).setHeader(getTranslation("marketplace.status")).setAutoWidth(true);
        applications.addComponentColumn(this::allocation).setHeader(getTranslation("marketplace.booth")).setAutoWidth(true);
        applications.setAllRowsVisible(true);
        applications.setId("application-grid");
        noApplications = new EmptyState(getTranslation("marketplace.applications.none"));
        add(new H2(getTranslation("nav.marketplace-admin")), summit, new H3(getTranslation("marketplace.plan")), grid, board,
                new H3(getTranslation("marketplace.booths")), addBooth, booths,
                new H3(getTranslation("marketplace.applications")), noApplications, applications,
                new H3(getTranslation("marketplace.stage")), stage);
        if (all.isEmpty()) {
            removeAll();
            add(new H2(getTranslation("nav.marketplace-admin")), new EmptyState(getTranslation("home.no-summits")));
        } else {
            summit.setValue(all.getFirst());
        }
    }

    private Select<ApplicationStatus> decision(ApplicationView a) {
        Select<ApplicationStatus> status = new Select<>();
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("marketplace.status." + s.name()));
        status.setItemEnabledProvider(s -> s != ApplicationStatus.APPLIED || a.status() == ApplicationStatus.APPLIED);
        status.setValue(a.status());
        status.setAriaLabel(getTranslation("marketplace.status-of", a.organisation()));
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != a.status()) {
                if (ServerErrors.attempt(this, Map.of(), () -> marketplace.decide(actor, a.id(), e.getValue()))) {
                    refresh();
                }
            }
        });
        return status;
    }

    /** The booths free or held by this exhibitor; only accepted exhibitors get one. */
    private Select<BoothView> allocation(ApplicationView a) {
        Select<BoothView> booth = new Select<>();
        List<BoothView> offered = new ArrayList<>(boothList.stream()
                .filter(b -> b.exhibitorId() == null || b.exhibitorId() == a.id()).toList());
        booth.setItems(offered);
        booth.setItemLabelGenerator(b -> b == null ? "" : b.code());
        booth.setEmptySelectionAllowed(true);
        booth.setEmptySelectionCaption(getTranslation("marketplace.booth.none"));
        booth.setAriaLabel(getTranslation("marketplace.booth-of", a.organisation()));
        booth.setEnabled(a.status() == ApplicationStatus.ACCEPTED);
        offered.stream().filter(b -> Objects.equals(b.exhibitorId(), a.id())).findFirst().ifPresent(booth::setValue);
        booth.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            boolean done = ServerErrors.attempt(this, Map.of(), () -> {
                if (e.getValue() == null) {
                    marketplace.freeBooth(actor, a.id());
                } else {
                    marketplace.allocate(actor, a.id(), e.getValue().id());
                }
            });
            refresh();
            if (done) {
                ServerErrors.success(getTranslation("marketplace.saved"));
            }
        });
        return booth;
    }

    private void setGrid() {
        if (ServerErrors.attempt(this, Map.of("columns", columns, "rows", rows), () -> marketplace.setGrid(actor, summit.getValue().id(),
                columns.getValue() == null ? 0 : columns.getValue(), rows.getValue() == null ? 0 : rows.getValue()))) {
            refresh();
        }
    }

    /** Reads at most one byte over the limit, whatever the browser claims, then hands over under the UI's lock. */
    private UploadHandler planHandler() {
        return event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(MarketplaceLimits.MAX_PLAN_BYTES + 1);
            }
            event.getUI().access(() -> planReceived(data));
        };
    }

    void planReceived(byte[] data) {
        planUpload.clearFileList();
        if (ServerErrors.attempt(this, Map.of(), () -> marketplace.setImage(actor, summit.getValue().id(), data))) {
            refresh();
        }
    }

    void refresh() {
        long summitId = summit.getValue().id();
        plan = marketplace.plan(summitId);
        boothList = marketplace.booths(summitId);
        columns.setValue(plan.columns());
        rows.setValue(plan.rows());
        board.show(plan, boothList);
        booths.setItems(boothList);
        List<ApplicationView> all = marketplace.applications(actor, summitId);
        applications.setItems(all);
        noApplications.setVisible(all.isEmpty());
        applications.setVisible(!all.isEmpty());
        stage.show(summitId);
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.marketplace-admin") + " · " + getTranslation("app.name");
    }
}
