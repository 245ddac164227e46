package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.convene.delegations.GroupKind;
import org.convene.delegations.GroupView;
import org.convene.delegations.Participants;
import org.convene.platform.Countries;

/** How a group is named on screen: the state for a delegation, the mechanism, or its own name. */
public final class GroupLabels {
    private final Component owner;

    public GroupLabels(Component owner) {
        this.owner = owner;
    }

    private Locale locale() {
        return owner.getUI().map(UI::getLocale).orElse(Locale.ENGLISH);
    }

    public String label(GroupView group) {
        return label(group.kind(), group.stateCode(), group.name());
    }

    public String label(Participants.GroupRef group) {
        return label(group.kind(), group.stateCode(), group.name());
    }

    private String label(GroupKind kind, String stateCode, String name) {
        return switch (kind) {
            case STATE_DELEGATION -> owner.getTranslation("group.delegation-of", Countries.name(stateCode, locale()));
            case OBSERVER, INVITED -> name;
            default -> owner.getTranslation("group.kind." + kind.name());
        };
    }
}
