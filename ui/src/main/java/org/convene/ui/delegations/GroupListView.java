package org.convene.ui.delegations;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.convene.delegations.Actor;
import org.convene.delegations.GroupCommand;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.StakeholderGroups;
import org.convene.platform.ConflictException;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitView;
import org.convene.ui.base.EmptyState;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.Formats;
import org.convene.ui.base.Header;
import org.convene.ui.base.MainLayout;
import org.convene.ui.base.ServerErrors;
import org.convene.ui.security.UserSession;

/**
 * The chair office's groups of a summit and their quotas: how full each is and who waits. A new
 * summit gets its three mechanisms in one click; states, observers and invited groups one by one.
 */
@Route(value = "groups", layout = MainLayout.class)
@RolesAllowed("CHAIR_OFFICE")
@Prototype
public class GroupListView extends VerticalLayout implements HasDynamicTitle {
    private static final Set<GroupKind> MECHANISMS = EnumSet.of(GroupKind.CIVIL_SOCIETY, GroupKind.BUSINESS, GroupKind.MAYORS);
    /** A starting quota the chair office adjusts afterwards; a mechanism with no places would take nobody. */
    static final int MECHANISM_DEFAULT_PLACES = 50;
    private final StakeholderGroups groups;
    private final Actor actor;
    private final GroupLabels labels = new GroupLabels(this);
    final Select<SummitView> summit = new Select<>();
    final Grid<GroupView> grid = new Grid<>();
    final Button addMechanisms = new Button();
    private final Button newGroup = new Button();
    private final EmptyState empty;

    public GroupListView(UserSession session, SummitManagement summits, StakeholderGroups groups) {
        this.groups = groups;
        this.actor = Actor.of(session.user().orElseThrow());
        List<SummitView> all = summits.list();
        summit.setLabel(getTranslation("summit.title"));
        summit.setItems(all);
        summit.setItemLabelGenerator(SummitView::title);
        newGroup.setText(getTranslation("group.new"));
        newGroup.setIcon(VaadinIcon.PLUS.create());
        newGroup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newGroup.addClickListener(e -> edit(null));
        addMechanisms.setText(getTranslation("group.add-mechanisms"));
        addMechanisms.addClickListener(e -> addMissingMechanisms());
        grid.addColumn(labels::label).setHeader(getTranslation("group.name")).setFlexGrow(3);
        grid.addColumn(g -> getTranslation("group.kind." + g.kind().name())).setHeader(getTranslation("group.kind")).setFlexGrow(2);
        grid.addComponentColumn(this::fill).setHeader(getTranslation("group.taken")).setFlexGrow(2);
        grid.addColumn(g -> Formats.number(g.waiting(), getLocale())).setHeader(getTranslation("group.waiting")).setAutoWidth(true);
        grid.addColumn(this::roleQuotas).setHeader(getTranslation("group.role-quotas")).setFlexGrow(2);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAriaLabel(getTranslation("nav.groups"));
        grid.setAllRowsVisible(true);
        empty = new EmptyState(getTranslation(all.isEmpty() ? "registration.no-summit" : "group.empty"));
        add(new Header(new H2(getTranslation("nav.groups")), newGroup, addMechanisms), summit, empty, grid);
        summit.addValueChangeListener(e -> refresh());
        newGroup.setEnabled(!all.isEmpty());
        addMechanisms.setEnabled(!all.isEmpty());
        grid.setVisible(false);
        if (!all.isEmpty()) {
            summit.setValue(all.getFirst());
        }
    }

    void refresh() {
        SummitView current = summit.getValue();
        List<GroupView> shown = groups.list(actor, current.id());
        grid.setItems(shown);
        grid.setVisible(!shown.isEmpty());
        empty.setVisible(shown.isEmpty());
        Set<GroupKind> present = shown.stream().map(GroupView::kind).collect(Collectors.toSet());
        addMechanisms.setVisible(!present.containsAll(MECHANISMS));
    }

    private ProgressBar fill(GroupView group) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, group.places()), Math.min(group.taken(), Math.max(1, group.places())));
        String text = getTranslation("group.taken-of", Formats.number(group.taken(), getLocale()), Formats.number(group.places(), getLocale()));
        bar.getElement().setAttribute("aria-label", text);
        bar.getElement().setAttribute("title", text);
        if (group.taken() >= group.places()) {
            bar.addThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_ERROR);
        }
        return bar;
    }

    private String roleQuotas(GroupView group) {
        return group.roleQuotas().entrySet().stream()
                .map(e -> getTranslation("delegate-role." + e.getKey().name()) + " ≤ " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private void addMissingMechanisms() {
        long summitId = summit.getValue().id();
        Set<GroupKind> present = groups.list(actor, summitId).stream().map(GroupView::kind).collect(Collectors.toSet());
        int added = 0;
        for (GroupKind kind : MECHANISMS) {
            if (present.contains(kind)) {
                continue;
            }
            try {
                groups.create(actor, summitId, new GroupCommand(kind, null, null, MECHANISM_DEFAULT_PLACES, Map.of()));
                added++;
            } catch (ConflictException alreadyThere) {
                // Another officer added it meanwhile: the aim, all three present, is met.
            }
        }
        ServerErrors.success(getTranslation("group.mechanisms-added", added, MECHANISM_DEFAULT_PLACES));
        refresh();
    }

    private void edit(GroupView group) {
        long summitId = summit.getValue().id();
        FormDialog[] dialog = new FormDialog[1];
        GroupForm[] form = new GroupForm[1];
        form[0] = new GroupForm(command -> {
            boolean saved = ServerErrors.attempt(this, form[0].fields(), () -> {
                if (group == null) {
                    groups.create(actor, summitId, command);
                } else {
                    groups.changeQuota(actor, group.id(), command.places() == null ? -1 : command.places(), command.roleQuotas());
                }
            });
            if (saved) {
                dialog[0].close();
                ServerErrors.success(getTranslation("saved"));
                refresh();
            }
        }, () -> dialog[0].close());
        form[0].edit(group);
        dialog[0] = new FormDialog(group == null ? getTranslation("group.new") : getTranslation("group.edit", labels.label(group)), form[0]);
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.groups") + " · " + getTranslation("app.name");
    }
}
