package org.convene.ui.summit;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.convene.identity.UserManagement;
import org.convene.identity.UserView;
import org.convene.summit.ChairmanshipManagement;
import org.convene.summit.ChairmanshipView;
import org.convene.summit.SummitManagement;
import org.convene.summit.SummitSetup;
import org.convene.summit.SummitView;
import org.convene.summit.ThemeView;
import org.convene.summit.RoomView;
import org.convene.ui.base.FormDialog;
import org.convene.ui.base.ServerErrors;

/**
 * The overview page's workflow: opens the summit, theme and room forms in dialogs and calls the
 * services with what they fire. Keeps the view to layout only.
 */
class SummitEditing {
    private final Component owner;
    private final SummitManagement summits;
    private final ChairmanshipManagement chairmanships;
    private final SummitSetup setup;
    private final UserManagement users;
    private final Runnable afterChange;

    SummitEditing(Component owner, SummitManagement summits, ChairmanshipManagement chairmanships, SummitSetup setup,
                  UserManagement users, Runnable afterChange) {
        this.owner = owner;
        this.summits = summits;
        this.chairmanships = chairmanships;
        this.setup = setup;
        this.users = users;
        this.afterChange = afterChange;
    }

    void editSummit(SummitView summit) {
        List<ChairmanshipView> all = chairmanships.list();
        FormDialog[] dialog = new FormDialog[1];
        SummitForm[] form = new SummitForm[1];
        form[0] = new SummitForm(all, command -> done(dialog[0],
                ServerErrors.attempt(owner, form[0].fields(), () -> summits.update(summit.id(), command))),
                () -> {
                    if (ServerErrors.attempt(owner, form[0].fields(), () -> summits.delete(summit.id()))) {
                        dialog[0].close();
                        owner.getUI().ifPresent(ui -> ui.navigate(SummitListView.class));
                    }
                }, () -> dialog[0].close());
        form[0].edit(summit, all);
        dialog[0] = new FormDialog(owner.getTranslation("summit.edit"), form[0]);
        dialog[0].open();
    }

    void editTheme(long summitId, ThemeView theme) {
        List<UserView> people = users.list().stream().filter(UserView::active).toList();
        FormDialog[] dialog = new FormDialog[1];
        ThemeForm[] form = new ThemeForm[1];
        form[0] = new ThemeForm(people, command -> done(dialog[0], ServerErrors.attempt(owner, form[0].fields(), () -> {
            if (theme == null) {
                setup.addTheme(summitId, command);
            } else {
                setup.updateTheme(theme.id(), command);
            }
        })), () -> done(dialog[0], ServerErrors.attempt(owner, form[0].fields(), () -> setup.deleteTheme(theme.id()))),
                () -> dialog[0].close());
        form[0].edit(theme);
        dialog[0] = new FormDialog(owner.getTranslation(theme == null ? "theme.new" : "theme.edit"), form[0]);
        dialog[0].open();
    }

    void editRoom(long summitId, RoomView room) {
        FormDialog[] dialog = new FormDialog[1];
        RoomForm[] form = new RoomForm[1];
        form[0] = new RoomForm(command -> done(dialog[0], ServerErrors.attempt(owner, form[0].fields(), () -> {
            if (room == null) {
                setup.addRoom(summitId, command);
            } else {
                setup.updateRoom(room.id(), command);
            }
        })), () -> done(dialog[0], ServerErrors.attempt(owner, form[0].fields(), () -> setup.deleteRoom(room.id()))),
                () -> dialog[0].close());
        form[0].edit(room);
        dialog[0] = new FormDialog(owner.getTranslation(room == null ? "room.new" : "room.edit"), form[0]);
        dialog[0].open();
    }

    private void done(FormDialog dialog, boolean saved) {
        if (saved) {
            dialog.close();
            ServerErrors.success(owner.getTranslation("saved"));
            afterChange.run();
        }
    }
}
