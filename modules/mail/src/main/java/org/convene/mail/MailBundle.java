package org.convene.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * A module's mail texts in one of the working languages, from its own {@code mails*.properties}
 * bundle (the UI's bundles are the UI's; a mail is its module's word). Keys come in pairs,
 * {@code kind.subject} and {@code kind.body}, formatted with {@link MessageFormat}.
 */
public final class MailBundle {
    /** The languages mails are written in; any other gets English. */
    public static final Set<String> LANGUAGES = Set.of("en", "fr", "es");
    private final Locale language;
    private final ResourceBundle bundle;

    private MailBundle(String baseName, Locale language) {
        this.language = language;
        // No fallback to the JVM's default locale: a language we lack gets English, not the server's.
        this.bundle = ResourceBundle.getBundle(baseName, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @param language a language code such as an account's; null or one we lack gives English */
    public static MailBundle of(String baseName, String language) {
        return new MailBundle(baseName, language(language));
    }

    public static Locale language(String code) {
        return code != null && LANGUAGES.contains(code) ? Locale.of(code) : Locale.ENGLISH;
    }

    public Locale language() {
        return language;
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }

    /** The mail of a kind: its subject and body from {@code kind.subject} and {@code kind.body}. */
    public Mail mail(String to, String kind, String reference, Object... arguments) {
        return new Mail(to, language, format(kind + ".subject", arguments), format(kind + ".body", arguments), reference);
    }
}
