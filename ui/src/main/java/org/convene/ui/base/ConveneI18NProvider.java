package org.convene.ui.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import jakarta.inject.Singleton;

/** English, French and Spanish bundles from {@code vaadin-i18n/translations*.properties}. */
@Singleton
public class ConveneI18NProvider extends DefaultI18NProvider {
    public ConveneI18NProvider() {
        super(LanguageSelect.LANGUAGES);
    }
}
