package org.convene.ui.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.convene.identity.Profile;
import org.convene.identity.Profiles;
import org.convene.ui.base.ServerErrors;

/** The signed-in person's own profile for the Open Space: bio, interests, and whether others may find them. */
public class ProfileForm extends FormLayout {
    final TextArea bio = new TextArea();
    final TextField interests = new TextField();
    final Checkbox findable = new Checkbox();
    final Button save = new Button();

    public ProfileForm(Profiles profiles, long userId) {
        bio.setLabel(getTranslation("profile.bio"));
        bio.setMaxLength(Profile.BIO_MAX);
        bio.setId("bio");
        interests.setLabel(getTranslation("profile.interests"));
        interests.setMaxLength(Profile.INTERESTS_MAX);
        interests.setHelperText(getTranslation("profile.interests.help"));
        interests.setId("interests");
        findable.setLabel(getTranslation("profile.findable"));
        findable.setId("findable");
        save.setText(getTranslation("profile.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-profile");
        Profile current = profiles.of(userId);
        bio.setValue(current.bio() == null ? "" : current.bio());
        interests.setValue(current.interests() == null ? "" : current.interests());
        findable.setValue(current.findable());
        save.addClickListener(e -> {
            if (ServerErrors.attempt(this, Map.of("bio", bio, "interests", interests),
                    () -> profiles.update(userId, new Profile(bio.getValue(), interests.getValue(), findable.getValue())))) {
                ServerErrors.success(getTranslation("saved"));
            }
        });
        add(bio, interests, findable, save);
        setColspan(bio, 2);
        setColspan(interests, 2);
        setColspan(findable, 2);
    }
}
