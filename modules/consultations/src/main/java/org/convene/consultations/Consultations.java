package org.convene.consultations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.convene.platform.AccessDeniedException;

/**
 * The regional consultations of summits. Writes of consultations and their themes are for the
 * chair office (callers check the role); observations are written by the theme's resource person
 * or the chair office, which the facade checks. Changes of one consultation's themes take its row
 * lock first, so two officers cannot together push it past three themes.
 */
public interface Consultations {
    /**
     * @throws org.convene.platform.InvalidInputException for bad fields, end before start
     *         ({@code endDate}), more than three themes or a theme of another summit ({@code themeIds})
     * @throws org.convene.platform.NotFoundException for an unknown summit
     */
    ConsultationView create(long summitId, ConsultationCommand command);

    /** As {@link #create}; observations of themes no longer taken up are deleted with them. */
    ConsultationView update(long consultationId, ConsultationCommand command);

    void delete(long consultationId);

    /** @throws org.convene.platform.NotFoundException for an unknown id */
    ConsultationView consultation(long consultationId);

    /** The summit's consultations by start date. */
    List<ConsultationView> list(long summitId);

    /**
     * Adds one theme after the others.
     *
     * @throws org.convene.platform.ConflictException field {@code themeIds} when the consultation
     *         already has three themes or this one
     * @throws org.convene.platform.InvalidInputException field {@code themeIds} for a theme of another summit
     */
    ConsultationView addTheme(long consultationId, long themeId);

    /** Removes the theme and its observations; nothing happens when the theme is not taken up. */
    ConsultationView removeTheme(long consultationId, long themeId);

    /** The observations on a theme of the consultation; empty when none are written. */
    Observation observations(long consultationId, long themeId);

    /**
     * Saves the observations, written as Markdown (HTML inside it is allowed and sanitised: basic
     * formatting and http, https and mailto links are kept, everything else removed).
     *
     * @throws AccessDeniedException unless the editor is the theme's resource person or the chair office
     * @throws org.convene.platform.InvalidInputException field {@code source} when too long, field
     *         {@code themeId} when the theme is not one of the consultation's
     */
    Observation saveObservations(Editor editor, long consultationId, long themeId, String source);

    /**
     * Whether the editor may read the consultation's observations and report: the chair office and its themes'
     * resource persons. False for anyone else, also when the consultation does not exist.
     */
    boolean mayReadReport(Editor editor, long consultationId);

    /** The consultation's report as PDF, labels in the language (English, French or Spanish). */
    byte[] reportPdf(long consultationId, Locale language);

    /** For the summit report: per theme of the summit (by id), the observations of its consultations, by start date. */
    Map<Long, List<ConsultationObservation>> observationsByTheme(long summitId);

    /** The consultations whose themes the user is resource person of, for their own page. */
    List<ConsultationView> ofResourcePerson(long summitId, long userId);
}
