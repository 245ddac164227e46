package org.convene.api;

import io.micronaut.http.HttpRequest;
import java.util.Locale;
import java.util.Set;

/** The language of a document the API renders: {@code ?lang=}, else the request's Accept-Language, else English. */
final class Languages {
    private static final Set<String> WORKING = Set.of("en", "fr", "es");

    private Languages() {
    }

    static Locale of(HttpRequest<?> request, String lang) {
        if (lang != null && WORKING.contains(lang)) {
            return Locale.forLanguageTag(lang);
        }
        return request.getLocale().map(Locale::getLanguage).filter(WORKING::contains).map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
    }
}
