package org.convene.ui.delegations;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.convene.delegations.GroupView;
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
        return switch (group.kind()) {
            case STATE_DELEGATION -> owner.getTranslation("group.delegation-of", Countries.name(group.stateCode(), locale()));
            case OBSERVER, INVITED -> group.name();
            default -> owner.getTranslation("group.kind." + group.kind().name());
        };
    }
}
