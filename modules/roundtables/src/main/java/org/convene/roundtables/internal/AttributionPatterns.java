package org.convene.roundtables.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases that attribute speech, in the forum's working languages. They run on {@link FoldedText}:
 * no accents ("segun", "declare"), case kept. Two kinds:
 * <ul>
 *   <li>phrases that attribute whatever follows ("according to the delegate of", "le représentant de",
 *       "según el delegado de", "a déclaré", "dijo"), matched without regard to case;</li>
 *   <li>a capitalised subject — a state, a person — before a verb of speech ("Canada said", "Le Maroc a
 *       souligné", "México señaló"). A generic subject ("Participants noted", "Il a souligné") is no
 *       attribution: those words are in {@link #GENERIC_SUBJECTS}.</li>
 * </ul>
 * "Canada announced a programme" is not flagged: a practice may name the state that runs it.
 */
final class AttributionPatterns {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** One or more capitalised words (a state may take several: "United Arab Emirates", "The Philippines"). */
    private static final String SUBJECT = "(?<subject>\\p{Lu}[\\p{L}'-]*(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'-]*)*)";

    static final List<Pattern> ENGLISH = List.of(
            Pattern.compile("\\baccording to (?:the )?(?:delegates?|delegations?|representatives?|ministers?|ambassadors?|speakers?|government)"
                    + " (?:of|from)\\b", CI),
            Pattern.compile("\\bthe (?:delegates?|delegations?|representatives?|ministers?|ambassadors?) (?:of|from)\\b", CI),
            Pattern.compile("\\b\\p{Lu}[\\p{L}-]*'s (?:delegates?|delegation|representatives?|minister|ambassador)\\b"),
            Pattern.compile("\\b" + SUBJECT + "\\s+(?:said|says|stated|noted|argued|stressed|emphasi[sz]ed|explained|underlined|insisted"
                    + "|remarked|observed|claimed|warned|told)\\b"));

    static final List<Pattern> FRENCH = List.of(
            Pattern.compile("\\bselon (?:le |la |les |l')(?:delegue|deleguee|delegues|delegation|representant|representante|representants"
                    + "|ministre|ambassadeur|ambassadrice)s? (?:de la |de l'|de |du |des |d')", CI),
            Pattern.compile("\\b(?:le|la|les) (?:representante?s?|deleguee?s?) (?:de la |de l'|de |du |des |d')", CI),
            Pattern.compile("\\bla delegation (?:de la |de l'|de |du |des |d')[\\p{L}' -]{1,60}?\\s(?:a|ont)\\s+\\p{L}+", CI),
            Pattern.compile("\\ba (?:declare|dit|affirme)\\b", CI),
            Pattern.compile("\\b" + SUBJECT + "\\s+a\\s+(?:souligne|note|estime|insiste|explique|rappele|indique|precise)\\b"));

    static final List<Pattern> SPANISH = List.of(
            Pattern.compile("\\bsegun (?:el|la|los|las) (?:delegad[oa]s?|delegacion|representantes?|ministr[oa]s?|embajador(?:a|es)?)"
                    + " (?:de|del)\\b", CI),
            Pattern.compile("\\b(?:el|la|los|las) (?:representantes?|delegad[oa]s?) (?:de|del)\\b", CI),
            Pattern.compile("\\bla delegacion (?:de|del)\\b", CI),
            Pattern.compile("\\b(?:dijo|afirmo|declaro)\\b", CI),
            Pattern.compile("\\b" + SUBJECT + "\\s+(?:senalo|subrayo|destaco|explico|insistio|indico|sostuvo|manifesto)\\b"));

    static final List<Pattern> ALL = java.util.stream.Stream.of(ENGLISH, FRENCH, SPANISH).flatMap(List::stream).toList();

    /** Capitalised words that begin a sentence without naming anyone (folded, lower case). */
    static final Set<String> GENERIC_SUBJECTS = Set.of(
            "participants", "participant", "delegates", "delegations", "governments", "states", "countries", "speakers", "panellists",
            "panelists", "members", "stakeholders", "many", "several", "some", "others", "one", "all", "most", "it", "they", "we", "he",
            "she", "everyone", "everybody", "this", "that", "chair", "chairs", "co-chair", "co-chairs", "moderator", "rapporteur", "roundtable",
            "il", "elle", "on", "chacun", "plusieurs", "certains", "participantes", "el", "ella", "varios", "algunos", "alguien");

    private AttributionPatterns() {
    }
}
