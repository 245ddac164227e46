package org.convene.roundtables.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.convene.delegations.Actor;
import org.convene.identity.Role;
import org.convene.identity.RoleGrant;
import org.convene.platform.FieldProblem;
import org.convene.platform.InvalidInputException;
import org.convene.roundtables.BackgroundPaper;
import org.convene.roundtables.PaperView;
import org.convene.roundtables.RoundtableCommand;
import org.convene.roundtables.RoundtableFormat;
import org.convene.roundtables.RoundtableLimits;
import org.convene.roundtables.RoundtableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The background paper: only a PDF that opens, within 10 MB, replaced whole; and who may read it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackgroundPaperTest extends RoundtableModuleTest {
    RoundtableView rt;

    @BeforeEach
    void aRoundtable() {
        rt = roundtables.create(berlin, new RoundtableCommand(mobility, "Fair recruitment", RoundtableFormat.ROUNDTABLE, 40,
                List.of("PH", "AE"), List.of("MA"), List.of()));
    }

    @Test
    void aPdfIsStoredWithItsNameSizeAndChecksumAndReadBackByteForByte() {
        byte[] pdf = TestPdfs.pages(3);

        PaperView stored = roundtables.uploadPaper(rt.id(), "C:\\fakepath\\ورقة خلفية.pdf", pdf, 7);

        assertThat(stored.fileName()).isEqualTo("ورقة خلفية.pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).hasSize(64).isEqualTo(PaperRules.sha256(pdf));
        assertThat(stored.uploadedBy()).isEqualTo(7);
        BackgroundPaper read = roundtables.paper(rt.id()).orElseThrow();
        assertThat(read.fileName()).isEqualTo("ورقة خلفية.pdf");
        assertThat(read.content()).isEqualTo(pdf);
        assertThat(roundtables.details(berlin)).singleElement().satisfies(d -> assertThat(d.paper().size()).isEqualTo(pdf.length));
    }

    @Test
    void aNewUploadReplacesTheOldPaperAndRemoveTakesItAway() {
        roundtables.uploadPaper(rt.id(), "first.pdf", TestPdfs.pages(1), 7);
        byte[] second = TestPdfs.pages(2);

        roundtables.uploadPaper(rt.id(), "second", second, 8);

        assertThat(roundtables.paper(rt.id())).hasValueSatisfying(p -> {
            assertThat(p.fileName()).isEqualTo("second.pdf");
            assertThat(p.content()).isEqualTo(second);
        });
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_paper")).isEqualTo(1);
        roundtables.removePaper(rt.id());
        assertThat(roundtables.paper(rt.id())).isEmpty();
    }

    @Test
    void aRenamedTextFileIsNotAPdf() {
        byte[] text = "Background: fair recruitment in the Gulf corridor".getBytes(StandardCharsets.UTF_8);
        assertRefused(text, "roundtable.paper.not-pdf");
    }

    @Test
    void aFileWithAPdfHeaderThatDoesNotOpenIsRefused() {
        assertRefused("%PDF-1.7\nthis is not really a PDF at all\n%%EOF".getBytes(StandardCharsets.US_ASCII), "roundtable.paper.unreadable");
        byte[] pdf = TestPdfs.pages(2);
        assertRefused(Arrays.copyOf(pdf, pdf.length / 3), "roundtable.paper.unreadable");
    }

    @Test
    void anEmptyFileOrOneOverTenMegabytesIsRefused() {
        assertRefused(new byte[0], "roundtable.paper.required");
        byte[] big = TestPdfs.withPadding(1, RoundtableLimits.PAPER_MAX_BYTES);
        assertThat(big.length).isGreaterThan(RoundtableLimits.PAPER_MAX_BYTES);
        assertRefused(big, "roundtable.paper.too-large");
    }

    @Test
    void aPaperJustUnderTheLimitIsStored() {
        byte[] large = TestPdfs.withPadding(1, RoundtableLimits.PAPER_MAX_BYTES - 4096);
        assertThat(large.length).isLessThanOrEqualTo(RoundtableLimits.PAPER_MAX_BYTES);

        roundtables.uploadPaper(rt.id(), "large.pdf", large, 7);

        assertThat(roundtables.paper(rt.id()).orElseThrow().content()).isEqualTo(large);
    }

    @Test
    void aRefusedUploadLeavesThePaperBefore() {
        byte[] pdf = TestPdfs.pages(1);
        roundtables.uploadPaper(rt.id(), "first.pdf", pdf, 7);

        assertThatThrownBy(() -> roundtables.uploadPaper(rt.id(), "evil.pdf", "<html>".getBytes(StandardCharsets.UTF_8), 7))
                .isInstanceOf(InvalidInputException.class);

        assertThat(roundtables.paper(rt.id()).orElseThrow().fileName()).isEqualTo("first.pdf");
    }

    @Test
    void deletingTheRoundtableDeletesItsPaper() {
        roundtables.uploadPaper(rt.id(), "first.pdf", TestPdfs.pages(1), 7);
        roundtables.delete(rt.id());
        assertThat(sql.number("SELECT COUNT(*) FROM roundtable_paper")).isZero();
    }

    @Test
    void theOfficeTheRapporteurCoChairAndTeamFocalPointsAndTheSummitsAttendeesMayReadThePaper() {
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = 55 WHERE id = " + rt.id());

        assertThat(roundtables.mayReadPaper(OFFICE, rt.id())).isTrue();
        assertThat(roundtables.mayReadPaper(new Actor(55, List.of()), rt.id())).isTrue();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.FOCAL_POINT, "AE")), rt.id())).isTrue();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.FOCAL_POINT, "MA")), rt.id())).isTrue();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin))), rt.id())).isTrue();

        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.FOCAL_POINT, "DE")), rt.id())).isFalse();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.ATTENDEE, String.valueOf(quito))), rt.id())).isFalse();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS")), rt.id())).isFalse();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.RAPPORTEUR, "999")), rt.id())).isFalse();
        assertThat(roundtables.mayReadPaper(actor(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin))), 424242)).isFalse();
    }

    @Test
    void theSummitsRoundtablesAreReadByItsAttendeesRapporteursAndCoChairFocalPoints() {
        sql.update("UPDATE roundtable_roundtable SET rapporteur_user_id = 55 WHERE id = " + rt.id());

        assertThat(roundtables.mayRead(OFFICE, quito)).isTrue();
        assertThat(roundtables.mayRead(new Actor(55, List.of()), berlin)).isTrue();
        assertThat(roundtables.mayRead(new Actor(55, List.of()), quito)).isFalse();
        assertThat(roundtables.mayRead(actor(new RoleGrant(Role.FOCAL_POINT, "PH")), berlin)).isTrue();
        assertThat(roundtables.mayRead(actor(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin))), berlin)).isTrue();
        assertThat(roundtables.mayRead(actor(new RoleGrant(Role.ATTENDEE, String.valueOf(berlin))), quito)).isFalse();
        assertThat(roundtables.mayRead(actor(new RoleGrant(Role.MECHANISM_LEAD, "BUSINESS")), berlin)).isFalse();
    }

    private void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> roundtables.uploadPaper(rt.id(), "paper.pdf", content, 7))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("paper", code)));
        assertThat(roundtables.paper(rt.id())).isEmpty();
    }

    private static Actor actor(RoleGrant grant) {
        return new Actor(99, List.of(grant));
    }
}
