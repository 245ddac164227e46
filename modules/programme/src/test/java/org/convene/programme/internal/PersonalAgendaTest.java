package org.convene.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import org.convene.programme.AgendaItem;
import org.convene.programme.AgendaPart;
import org.convene.programme.Audience;
import org.convene.programme.SessionCommand;
import org.convene.programme.SessionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Whose agenda holds which session, and the private feed's token. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalAgendaTest extends ProgrammeModuleTest {

    private void programmeOfFourSessions() {
        programme.create(berlin, session("Opening plenary", plenaryHall, "28T09:00", "28T10:00", List.of(oleg), List.of()));
        programme.create(berlin, new SessionCommand(SessionKind.MECHANISM_MEETING, "Civil society day", null, smallRoom,
                at("28T11:00"), at("28T12:00"), List.of(), List.of(li), Audience.GROUP, civilSociety, List.of(), null));
        programme.create(berlin, new SessionCommand(SessionKind.MECHANISM_MEETING, "Business meeting", null, plenaryHall,
                at("28T11:00"), at("28T12:00"), List.of(), List.of(), Audience.GROUP, business, List.of(), null));
        programme.create(berlin, new SessionCommand(SessionKind.SIDE_EVENT, "Closed briefing", null, smallRoom,
                at("29T09:00"), at("29T10:00"), List.of(), List.of(), Audience.INVITATION, null, List.of(amina), null));
    }

    @Test
    void an_agenda_has_open_sessions_the_own_groups_invitations_and_what_one_chairs_or_speaks_in() {
        programmeOfFourSessions();

        assertThat(agendas.agenda(amina).items()).extracting(i -> i.session().title(), AgendaItem::part).containsExactly(
                tuple("Opening plenary", AgendaPart.ATTENDING), tuple("Civil society day", AgendaPart.ATTENDING),
                tuple("Closed briefing", AgendaPart.ATTENDING));
        assertThat(agendas.agenda(oleg).items()).extracting(i -> i.session().title(), AgendaItem::part).containsExactly(
                tuple("Opening plenary", AgendaPart.CHAIR), tuple("Business meeting", AgendaPart.ATTENDING));
        assertThat(agendas.agenda(li).items()).extracting(i -> i.session().title(), AgendaItem::part).containsExactly(
                tuple("Opening plenary", AgendaPart.ATTENDING), tuple("Civil society day", AgendaPart.SPEAKER));
        assertThat(agendas.agenda(amina).items()).allSatisfy(i -> assertThat(i.session().invited()).isEmpty());
    }

    @Test
    void the_signed_in_person_is_found_by_e_mail_in_any_case() {
        assertThat(agendas.registrationOf(berlin, "Amina@Example.org")).contains(amina);
        assertThat(agendas.registrationOf(berlin, "nobody@example.org")).isEmpty();
    }

    @Test
    void a_feed_token_opens_the_feed_until_replaced_or_revoked_and_only_its_hash_is_stored() {
        String first = agendas.newFeedToken(amina);
        assertThat(first).hasSizeGreaterThanOrEqualTo(43).doesNotContain("amina");
        assertThat(agendas.feedOwner(first)).contains(amina);
        assertThat(sql.number("SELECT COUNT(*) FROM programme_feed WHERE token_hash = '" + first + "'")).isZero();

        String second = agendas.newFeedToken(amina);
        assertThat(agendas.feedOwner(first)).isEmpty();
        assertThat(agendas.feedOwner(second)).contains(amina);

        agendas.revokeFeed(amina);
        assertThat(agendas.feedOwner(second)).isEmpty();
        assertThat(agendas.hasFeed(amina)).isFalse();
        assertThat(agendas.feedOwner("")).isEmpty();
    }
}
