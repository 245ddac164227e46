package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.convene.roundtables.OutcomeDraft;
import org.convene.roundtables.OutcomeFlag;
import org.convene.roundtables.OutcomeSection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NonAttributionCheckTest {
    private static final ParticipantNames NOBODY = new ParticipantNames(List.of());
    private static final ParticipantNames PEOPLE = new ParticipantNames(List.of(
            "María José Müller", "Jean-Pierre Dupont", "مريم الأحمد", "Maryam Al Ahmad", "李明", "Ирина Петрова", "Anna Rose", "Li Na", "伟 王"));

    private static List<String> found(String text) {
        return found(text, NOBODY);
    }

    private static List<String> found(String text, ParticipantNames names) {
        return NonAttributionCheck.flags(OutcomeSection.KEY_MESSAGES, text, names).stream().map(OutcomeFlag::text).toList();
    }

    @Nested
    class English {
        @Test
        void a_state_or_a_person_before_a_verb_of_speech_is_an_attribution() {
            assertThat(found("Canada said that skills matter.")).containsExactly("Canada said");
            assertThat(found("Recruitment fees, The Philippines stressed, must fall.")).containsExactly("The Philippines stressed");
            assertThat(found("The United Arab Emirates noted the cost.")).containsExactly("The United Arab Emirates noted");
            assertThat(found("**Canada** argued for visas.")).containsExactly("Canada** argued");
        }

        @Test
        void phrases_naming_a_delegate_or_a_representative_are_attributions_in_any_case() {
            assertThat(found("According to the delegate of Mexico, fees fell.")).containsExactly("According to the delegate of");
            assertThat(found("As the representative of Kenya put it, fees fell.")).containsExactly("the representative of");
            assertThat(found("Germany's minister asked for more.")).containsExactly("Germany's minister");
        }

        @Test
        void generic_subjects_and_practices_naming_a_state_are_not_attributions() {
            assertThat(found("Participants noted that fees fell. Many stressed skills. The co-chairs noted progress.")).isEmpty();
            assertThat(found("Canada announced a skills partnership with Jamaica; Morocco runs a return programme.")).isEmpty();
            assertThat(found("Remittances rose by ten per cent, as one speaker said.")).isEmpty();
        }
    }

    @Nested
    class French {
        @Test
        void attributions_are_found_with_or_without_accents() {
            assertThat(found("Selon le délégué du Sénégal, les frais baissent.")).containsExactly("Selon le délégué du ");
            assertThat(found("selon la representante de la France, rien.")).containsExactly("selon la representante de la ");
            assertThat(found("Le représentant de l'Équateur propose un fonds.")).containsExactly("Le représentant de l'");
            assertThat(found("Elle a déclaré que tout allait bien.")).containsExactly("a déclaré");
            assertThat(found("Il a dit oui.")).containsExactly("a dit");
        }

        @Test
        void a_named_subject_or_delegation_takes_the_longest_phrase() {
            assertThat(found("Le Maroc a souligné l'importance des compétences.")).containsExactly("Le Maroc a souligné");
            assertThat(found("La délégation du Mali a insisté sur le retour.")).containsExactly("La délégation du Mali a insisté");
            assertThat(found("Les participants ont souligné l'importance du retour. Il a souligné un point.")).isEmpty();
        }
    }

    @Nested
    class Spanish {
        @Test
        void attributions_are_found_with_or_without_accents() {
            assertThat(found("Según el delegado de Chile, las remesas crecieron.")).containsExactly("Según el delegado de");
            assertThat(found("segun la delegada del Peru, no.")).containsExactly("segun la delegada del");
            assertThat(found("El representante de Colombia propuso un fondo.")).containsExactly("El representante de");
            assertThat(found("La delegación de Ecuador presentó un plan.")).containsExactly("La delegación de");
            assertThat(found("Una participante dijo que sí y otro afirmó lo contrario.")).containsExactly("dijo", "afirmó");
        }

        @Test
        void a_named_subject_before_a_verb_of_speech_is_an_attribution() {
            assertThat(found("México señaló la falta de vías regulares.")).containsExactly("México señaló");
            assertThat(found("Los participantes señalaron la falta de vías regulares.")).isEmpty();
        }
    }

    @Nested
    class Names {
        @Test
        void whole_names_are_found_without_regard_to_case_accents_or_hyphens() {
            assertThat(found("As maria jose muller explained, fees fell.", PEOPLE)).containsExactly("maria jose muller");
            assertThat(found("Jean Pierre Dupont proposed a fund.", PEOPLE)).containsExactly("Jean Pierre Dupont");
        }

        @Test
        void a_family_name_alone_is_found_when_capitalised() {
            assertThat(found("Mr Dupont proposed a fund.", PEOPLE)).containsExactly("Dupont");
            assertThat(found("Remittances rose; a rose garden; Dupontville grew.", PEOPLE)).isEmpty();
            assertThat(found("Ms Rose proposed a fund.", PEOPLE)).containsExactly("Rose");
        }

        @Test
        void names_in_arabic_chinese_and_cyrillic_scripts_are_found() {
            assertThat(found("قالت مريم الأحمد إن الهجرة آمنة", PEOPLE)).containsExactly("مريم الأحمد");
            assertThat(found("Maryam Al Ahmad and Ирина Петрова agreed.", PEOPLE)).containsExactly("Maryam Al Ahmad", "Ирина Петрова");
            assertThat(found("会议上李明提出了建议。", PEOPLE)).containsExactly("李明");
            assertThat(found("王伟和伟王都来了。", PEOPLE)).containsExactly("王伟", "伟王");
            assertThat(found("Г-жа Петрова предложила фонд.", PEOPLE)).containsExactly("Петрова");
        }

        @Test
        void short_words_of_names_are_not_names_on_their_own() {
            assertThat(found("Na and Li are chemical symbols; Anna works here.", PEOPLE)).isEmpty();
        }
    }

    @Test
    void the_same_text_twice_in_a_section_is_one_flag_whose_key_stays_with_the_text() {
        List<OutcomeFlag> flags = NonAttributionCheck.flags(OutcomeSection.PRACTICES,
                "Canada said yes. Later, Canada said no.", NOBODY);
        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.count()).isEqualTo(2);
            assertThat(f.key()).isEqualTo("attribution:practices:canada said");
            assertThat(f.start()).isZero();
            assertThat(f.end()).isEqualTo(11);
            assertThat(f.snippet()).contains("Canada said yes");
        });
        assertThat(NonAttributionCheck.flags(OutcomeSection.PRACTICES, "At first, CANADA SAID…", NOBODY)).isEmpty();
    }

    @Test
    void every_section_is_checked_and_the_sdg_targets_are_not() {
        List<OutcomeFlag> flags = NonAttributionCheck.flags(new OutcomeDraft("Canada said so.", "Chile stressed it.",
                "Mr Dupont runs it.", "10.7"), PEOPLE);
        assertThat(flags).extracting(OutcomeFlag::section)
                .containsExactly(OutcomeSection.KEY_MESSAGES, OutcomeSection.RECOMMENDATIONS, OutcomeSection.PRACTICES);
        assertThat(flags).extracting(OutcomeFlag::kind).containsExactly(OutcomeFlag.Kind.ATTRIBUTION, OutcomeFlag.Kind.ATTRIBUTION,
                OutcomeFlag.Kind.PARTICIPANT_NAME);
    }
}
