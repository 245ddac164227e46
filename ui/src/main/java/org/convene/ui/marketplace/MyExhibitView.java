package org.convene.ui.marketplace;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convene.delegations.Actor;
import org.convene.delegations.DelegateRegistration;
import org.convene.marketplace.ApplicationCommand;
import org.convene.marketplace.ApplicationStatus;
import org.convene.marketplace.ApplicationView;
import org.convene.marketplace.Marketplace;
import org.convene.marketplace.MarketplaceLimits;
import org.convene.marketplace.ProductView;
import org.convene.marketplace.StageSlotView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * An exhibitor's own marketplace page: the application for their organisation, its products, and
 * once accepted a slot at the stage. Only summits where they hold an accredited registration.
 */
@Route(value = "marketplace/mine", layout = MainLayout.class)
@PermitAll
@Prototype
public class MyExhibitView extends VerticalLayout implements HasDynamicTitle {
    final Select<SummitView> summit = new Select<>();
    final TextField organisation = new TextField();
    final TextField projectTitle = new TextField();
    final TextArea description = new TextArea();
    final Button apply = new Button();
    final Paragraph status = new Paragraph();
    final Grid<ProductView> products = new Grid<>();
    final Button addProduct = new Button();
    final Grid<StageSlotView> stage = new Grid<>();
    private final Div afterApplying = new Div();
    private final Paragraph stageNote = new Paragraph();
    private final Marketplace marketplace;
    private final DelegateRegistration registrations;
    private final Actor actor;
    private ApplicationView application;

    public MyExhibitView(UserSession session, SummitManagement summits, Marketplace marketplace, DelegateRegistration registrations) {
        this.marketplace = marketplace;
        this.registrations = registrations;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> mine = summits.list().stream()
                .filter(s -> marketplace.mayApply(actor, s.id()) || marketplace.ownApplication(actor, s.id()).isPresent()).toList();
        add(new H2(getTranslation("nav.my-exhibit")));
        if (mine.isEmpty()) {
            add(new EmptyState(getTranslation("marketplace.mine.not-accredited")));
            return;
        }
        summit.setLabel(getTranslation("programme.summit"));
        summit.setItems(mine);
        summit.setItemLabelGenerator(SummitView::title);
        summit.addValueChangeListener(e -> show());
        organisation.setLabel(getTranslation("marketplace.organisation"));
        organisation.setMaxLength(MarketplaceLimits.MAX_NAME);
        organisation.setRequired(true);
        projectTitle.setLabel(getTranslation("marketplace.project"));
        projectTitle.setMaxLength(MarketplaceLimits.MAX_NAME);
        projectTitle.setRequired(true);
        description.setLabel(getTranslation("marketplace.description"));
        description.setMaxLength(MarketplaceLimits.MAX_DESCRIPTION);
        description.setRequired(true);
        description.setWidth("40rem");
        description.setMaxWidth("100%");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        apply.setId("apply");
        status.setId("application-status");
        products.addColumn(p -> getTranslation("marketplace.kind." + p.kind().name())).setHeader(getTranslation("marketplace.product.kind"))
                .setAutoWidth(true);
        products.addColumn(ProductView::title).setHeader(getTranslation("marketplace.product.title")).setFlexGrow(1);
        products.addComponentColumn(p -> {
            // Buttons rather than a row click, so the keyboard reaches them.
            Button edit = new Button(getTranslation("marketplace.edit"),
                    e -> new ProductDialog(marketplace, actor, application.id(), p, this::show).open());
            edit.setAriaLabel(getTranslation("marketplace.product.edit") + " " + p.title());
            Button delete = new Button(getTranslation("action.delete"), e -> {
                ServerErrors.attempt(this, Map.of(), () -> marketplace.deleteProduct(actor, p.id()));
                show();
            });
            delete.setAriaLabel(getTranslation("action.delete") + " " + p.title());
            return new HorizontalLayout(edit, delete);
        }).setAutoWidth(true);
        products.setAllRowsVisible(true);
        products.setId("product-grid");
        addProduct.setText(getTranslation("marketplace.product.add"));
        addProduct.addClickListener(e -> new ProductDialog(marketplace, actor, application.id(), null, this::show).open());
        addProduct.setId("add-product");
        stage.addColumn(s -> Labels.slot(getLocale(), s)).setHeader(getTranslation("marketplace.slot")).setAutoWidth(true);
        stage.addColumn(s -> s.free() ? getTranslation("marketplace.stage.free") : s.exhibitorName())
                .setHeader(getTranslation("marketplace.exhibitor")).setFlexGrow(1);
        stage.addComponentColumn(this::slotAction);
        stage.setAllRowsVisible(true);
        stage.setId("my-stage-grid");
        afterApplying.add(new H3(getTranslation("marketplace.products")), addProduct, products,
                new H3(getTranslation("marketplace.stage")), stageNote, stage);
        add(summit, new Paragraph(getTranslation("marketplace.mine.intro")), status, organisation, projectTitle, description, apply,
                afterApplying);
        summit.setValue(mine.getFirst());
    }

    private void show() {
        long summitId = summit.getValue().id();
        application = marketplace.ownApplication(actor, summitId).orElse(null);
        afterApplying.setVisible(application != null);
        apply.setText(getTranslation(application == null ? "marketplace.apply" : "marketplace.apply.save"));
        if (application == null) {
            status.setText(getTranslation("marketplace.mine.not-applied"));
            organisation.setValue(registeredOrganisation(summitId).orElse(""));
            projectTitle.clear();
            description.clear();
            return;
        }
        status.setText(getTranslation("marketplace.mine.status", getTranslation("marketplace.status." + application.status().name()))
                + (application.booth() == null ? "" : " " + getTranslation("marketplace.booth.code", application.booth().code())));
        organisation.setValue(application.organisation());
        projectTitle.setValue(application.projectTitle());
        description.setValue(application.description());
        products.setItems(application.products());
        products.setVisible(!application.products().isEmpty());
        boolean accepted = application.status() == ApplicationStatus.ACCEPTED;
        List<StageSlotView> slots = marketplace.stage(summitId);
        stage.setItems(slots);
        stage.setVisible(accepted && !slots.isEmpty());
        stageNote.setText(getTranslation(!accepted ? "marketplace.mine.stage-after-acceptance"
                : slots.isEmpty() ? "marketplace.stage.empty" : "marketplace.mine.stage-help"));
    }

    private HorizontalLayout slotAction(StageSlotView s) {
        HorizontalLayout cell = new HorizontalLayout();
        if (s.free()) {
            cell.add(new Button(getTranslation("marketplace.slot.book"), e -> {
                ServerErrors.attempt(this, Map.of(), () -> marketplace.book(actor, s.id()));
                show();
            }));
        } else if (application != null && s.exhibitorId() == application.id()) {
            cell.add(new Button(getTranslation("marketplace.slot.cancel"), e -> {
                marketplace.cancelBooking(actor, s.id());
                show();
            }));
        }
        return cell;
    }

    private void apply() {
        ApplicationCommand command = new ApplicationCommand(organisation.getValue(), projectTitle.getValue(), description.getValue());
        if (ServerErrors.attempt(this, Map.of("organisation", organisation, "projectTitle", projectTitle, "description", description),
                () -> marketplace.apply(actor, summit.getValue().id(), command))) {
            ServerErrors.success(getTranslation("marketplace.saved"));
            show();
        }
    }

    /** The organisation on the person's registration, to start the form with. */
    private Optional<String> registeredOrganisation(long summitId) {
        return registrations.own(actor).stream().filter(r -> r.summitId() == summitId && r.status().isAccredited())
                .map(r -> r.person().organisation()).filter(o -> o != null && !o.isBlank()).findFirst();
    }

    public Select<SummitView> summitSelect() {
        return summit;
    }

    public TextField organisationField() {
        return organisation;
    }

    public TextField projectField() {
        return projectTitle;
    }

    public TextArea descriptionField() {
        return description;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-exhibit") + " · " + getTranslation("app.name");
    }
}
