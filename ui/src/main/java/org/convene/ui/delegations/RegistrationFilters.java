package org.convene.ui.delegations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.convene.delegations.DelegateRole;
import org.convene.delegations.GroupView;
import org.convene.delegations.RegistrationFilter;
import org.convene.delegations.RegistrationStatus;
import org.convene.delegations.SummitFigures;
import org.convene.platform.Countries;

/** The list's filters: group, status, nationality and role; an empty choice does not filter. */
class RegistrationFilters extends HorizontalLayout {
    final Select<GroupView> group = new Select<>();
    final Select<RegistrationStatus> status = new Select<>();
    final ComboBox<String> country = new ComboBox<>();
    final Select<DelegateRole> role = new Select<>();
    private boolean updating;
    /** A group asked for by the address (a dashboard link), chosen once the groups are known. */
    private Long wantedGroup;
    /** Narrowings only a dashboard link sets (region, gender, participants), shown with a way to drop them. */
    private String region;
    private String gender;
    private boolean participants;
    private final Span extra = new Span();
    private final Button dropExtra = new Button();

    RegistrationFilters(GroupLabels labels, Runnable onChange) {
        group.setLabel(getTranslation("person.group"));
        group.setEmptySelectionAllowed(true);
        group.setItemLabelGenerator(g -> g == null ? getTranslation("registration.group.all") : labels.label(g));
        group.setId("filter-group");
        status.setLabel(getTranslation("registration.status"));
        status.setItems(RegistrationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("registration.status.all") : getTranslation("status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setId("filter-status");
        country.setLabel(getTranslation("person.nationality"));
        country.setClearButtonVisible(true);
        country.setPlaceholder(getTranslation("registration.country.all"));
        country.setItems(Countries.codesByName(locale()));
        country.setItemLabelGenerator(c -> Countries.name(c, locale()));
        country.setId("filter-country");
        role.setLabel(getTranslation("person.role"));
        role.setItems(DelegateRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> r == null ? getTranslation("registration.role.all") : getTranslation("delegate-role." + r.name()));
        role.setId("filter-role");
        extra.setId("filter-extra");
        dropExtra.setIcon(VaadinIcon.CLOSE_SMALL.create());
        dropExtra.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        dropExtra.setAriaLabel(getTranslation("registration.filter.drop"));
        dropExtra.addClickListener(e -> {
            region = null;
            gender = null;
            participants = false;
            showExtra();
            onChange.run();
        });
        add(group, status, country, role, extra, dropExtra);
        showExtra();
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        Runnable changed = () -> {
            if (!updating) {
                onChange.run();
            }
        };
        group.addValueChangeListener(e -> changed.run());
        status.addValueChangeListener(e -> changed.run());
        country.addValueChangeListener(e -> changed.run());
        role.addValueChangeListener(e -> changed.run());
    }

    /**
     * The groups to choose from (called while the list refreshes, so without firing a change); the
     * filter stays on a group while it is among them.
     */
    void groups(Collection<GroupView> groups) {
        GroupView chosen = group.getValue();
        List<GroupView> items = List.copyOf(groups);
        updating = true;
        try {
            group.setItems(items);
            Long keep = chosen != null ? Long.valueOf(chosen.id()) : wantedGroup;
            wantedGroup = null;
            if (keep != null) {
                items.stream().filter(g -> g.id() == keep).findFirst().ifPresent(group::setValue);
            }
        } finally {
            updating = false;
        }
    }

    /** Sets the filters from an address without a refresh for each; the group waits for {@link #groups}. */
    void preset(Long groupId, RegistrationStatus wantedStatus, String wantedCountry, DelegateRole wantedRole,
                String wantedRegion, String wantedGender, boolean onlyParticipants) {
        region = wantedRegion;
        gender = wantedGender;
        participants = onlyParticipants;
        showExtra();
        updating = true;
        try {
            group.clear();
            wantedGroup = groupId;
            status.setValue(wantedStatus);
            country.setValue(wantedCountry);
            role.setValue(wantedRole);
        } finally {
            updating = false;
        }
    }

    RegistrationFilter value() {
        return new RegistrationFilter(group.getValue() == null ? null : group.getValue().id(), status.getValue(), country.getValue(),
                role.getValue(), region, gender, participants);
    }

    /** Counts per status show what the other filters leave, so the status filter itself does not narrow them. */
    RegistrationFilter withoutStatus() {
        RegistrationFilter f = value();
        return new RegistrationFilter(f.groupId(), null, f.country(), f.role(), f.region(), f.gender(), f.participants());
    }

    private void showExtra() {
        List<String> parts = new java.util.ArrayList<>();
        if (participants) {
            parts.add(getTranslation("dashboard.participants"));
        }
        if (region != null) {
            parts.add(SummitFigures.UNSPECIFIED.equals(region) ? getTranslation("dashboard.unspecified") : Countries.continentName(region, locale()));
        }
        if (gender != null) {
            parts.add(SummitFigures.UNSPECIFIED.equals(gender) ? getTranslation("dashboard.unspecified") : getTranslation("gender." + gender));
        }
        extra.setText(parts.isEmpty() ? "" : getTranslation("registration.filter.also", String.join(" · ", parts)));
        extra.setVisible(!parts.isEmpty());
        dropExtra.setVisible(!parts.isEmpty());
    }

    private Locale locale() {
        return UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
    }
}
