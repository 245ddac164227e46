package org.convene.ui.badges;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.convene.delegations.Actor;
import org.convene.delegations.BadgeBatchStatus;
import org.convene.delegations.BadgeBatches;
import org.convene.delegations.BadgeFormat;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.StakeholderGroups;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.Formats;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.delegations.GroupLabels;
import org.convene.ui.security.UserSession;

/**
 * Badges for a selection, printed in the background: the chair office picks the registrations
 * (approved ones by default) and the paper, and follows each batch with a progress bar until its
 * PDF can be downloaded. The page polls the server while a batch runs; a reload finds the batches
 * again, a restart of the application does not.
 */
@Route(value = "badges", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class BadgeBatchView extends VerticalLayout implements HasDynamicTitle {
    static final int POLL_MILLIS = 1000;

    final Select<SummitView> summit = new Select<>();
    final Select<GroupView> group = new Select<>();
    final Select<RegistrationStatus> status = new Select<>();
    final Select<DelegateRole> role = new Select<>();
    final RadioButtonGroup<BadgeFormat> format = new RadioButtonGroup<>();
    final Button print = new Button();
    final Div batchList = new Div();
    private final BadgeBatches batches;
    private final StakeholderGroups groups;
    private final Actor actor;
    private final GroupLabels labels = new GroupLabels(this);
    private Registration polling;

    public BadgeBatchView(UserSession session, SummitManagement summits, StakeholderGroups groups, BadgeBatches batches) {
        this.batches = batches;
        this.groups = groups;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("summit.title"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        group.setLabel(getTranslation("person.group"));
        group.setEmptySelectionAllowed(true);
        group.setEmptySelectionCaption(getTranslation("badges.all-groups"));
        group.setItemLabelGenerator(g -> g == null ? getTranslation("badges.all-groups") : labels.label(g));
        status.setLabel(getTranslation("registration.status"));
        status.setItems(RegistrationStatus.APPROVED, RegistrationStatus.BADGE_ISSUED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("badges.approved-and-issued"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("badges.approved-and-issued") : getTranslation("status." + s.name()));
        status.setValue(RegistrationStatus.APPROVED);
        role.setLabel(getTranslation("person.role"));
        role.setItems(DelegateRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("badges.all-roles"));
        role.setItemLabelGenerator(r -> r == null ? getTranslation("badges.all-roles") : getTranslation("delegate-role." + r.name()));
        format.setLabel(getTranslation("badges.format"));
        format.setItems(BadgeFormat.values());
        format.setItemLabelGenerator(f -> getTranslation("badges.format." + f.name()));
        format.setValue(BadgeFormat.A6);
        print.setText(getTranslation("badges.print"));
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> start());
        print.setEnabled(!all.isEmpty());
        summit.addValueChangeListener(e -> group.setItems(e.getValue() == null ? List.of() : groups.list(actor, e.getValue().id())));
        HorizontalLayout selection = new HorizontalLayout(summit, group, status, role);
        selection.setWrap(true);
        selection.setAlignItems(FlexComponent.Alignment.BASELINE);
        batchList.setId("badge-batches");
        add(new H2(getTranslation("nav.badges")), selection, format, print, new H3(getTranslation("badges.batches")), batchList);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
        refresh();
    }

    void start() {
        SummitView chosen = summit.getValue();
        if (chosen == null) {
            return;
        }
        RegistrationFilter filter = new RegistrationFilter(group.getValue() == null ? null : group.getValue().id(), status.getValue(), null, role.getValue());
        if (ServerErrors.attempt(this, Map.of(), () -> batches.start(actor, chosen.id(), filter, format.getValue()))) {
            refresh();
        }
    }

    /** Redraws the batches; polls while any is unfinished and stops polling when all are done. */
    void refresh() {
        List<BadgeBatchStatus> mine = batches.mine(actor);
        batchList.removeAll();
        if (mine.isEmpty()) {
            batchList.add(new EmptyState(getTranslation("badges.none")));
        }
        mine.forEach(b -> batchList.add(row(b)));
        boolean running = mine.stream().anyMatch(b -> !b.finished());
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    private VerticalLayout row(BadgeBatchStatus batch) {
        Span title = new Span(getTranslation("badges.batch", Formats.dateTime(batch.startedAt(), getLocale()),
                getTranslation("badges.format." + batch.format().name()), batch.total()));
        ProgressBar bar = new ProgressBar(0, Math.max(1, batch.total()), batch.done());
        bar.getElement().setAttribute("aria-label", getTranslation("badges.progress"));
        Span state = new Span(switch (batch.state()) {
            case QUEUED -> getTranslation("badges.state.QUEUED");
            case RUNNING -> batch.done() >= batch.total() ? getTranslation("badges.state.saving")
                    : getTranslation("badges.state.RUNNING", batch.done(), batch.total());
            case DONE -> getTranslation("badges.state.DONE");
            case FAILED -> getTranslation("badges.state.FAILED");
        });
        VerticalLayout row = new VerticalLayout(title, bar, state);
        row.setPadding(false);
        row.setSpacing(false);
        row.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        if (batch.state() == BadgeBatchStatus.State.DONE) {
            // The file name carries the batch id only, never a name.
            Anchor download = new Anchor(new StreamResource("badges-" + batch.id() + ".pdf",
                    () -> new ByteArrayInputStream(batches.pdf(actor, batch.id()))), getTranslation("badges.download"));
            download.getElement().setAttribute("download", true);
            row.add(download);
        }
        return row;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.badges") + " · " + getTranslation("app.name");
    }
}
