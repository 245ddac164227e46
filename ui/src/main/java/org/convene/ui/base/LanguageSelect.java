package org.convene.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Locale;
import org.convene.identity.UserManagement;
import org.convene.ui.security.UserSession;

/**
 * Picks the interface language (English, French, Spanish); remembered on the account when signed in.
 * Each language is named in itself, so a user lost in a foreign interface can still find theirs.
 */
@Prototype
public class LanguageSelect extends Select<Locale> {
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));

    public LanguageSelect(UserSession session, UserManagement users) {
        setItems(LANGUAGES);
        setItemLabelGenerator(l -> capitalised(l.getDisplayLanguage(l)));
        setAriaLabel("Language / Langue / Idioma");
        setWidth("9em");
        addAttachListener(e -> setValue(current()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                session.user().ifPresent(u -> users.changeLanguage(u.id(), e.getValue().getLanguage()));
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private static Locale current() {
        Locale locale = UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(Locale.ENGLISH);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
