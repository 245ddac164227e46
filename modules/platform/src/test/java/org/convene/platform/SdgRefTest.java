package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdgRefTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "10.7, 8.8|10.7 8.8",
            "8.7 & 8.8, 10.7|8.7 8.8 10.7",
            "10, 11, 16 and 17|10 11 16 17",
            "10.c|10.c",
            "SDG 10.C; target 5.2|10.c 5.2",
            "ODD 10.7 et 8.8|10.7 8.8",
            "ODS 10.7 y 17.17|10.7 17.17",
            "10.7, 10.7|10.7"})
    void readsTheFreeFormsPeopleWrite(String typed, String expected) {
        List<String> refs = SdgRef.parseAll("sdgTargets", typed).stream().map(SdgRef::toString).toList();
        assertEquals(List.of(expected.split(" ")), refs);
    }

    @Test
    void aBlankTextNamesNothing() {
        assertEquals(List.of(), SdgRef.parseAll("sdgTargets", "  "));
        assertEquals(List.of(), SdgRef.parseAll("sdgTargets", null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"18|18", "0.1|0.1", "10.7, migration|migration", "10.|10.", "10.ab|10.ab"})
    void refusesWhatIsNotAGoalOrTarget(String typed, String culprit) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SdgRef.parseAll("sdgTargets", typed));
        assertEquals("sdgTargets", e.problems().getFirst().field());
        assertEquals("sdg.invalid", e.problems().getFirst().code());
        assertTrue(e.problems().getFirst().message().contains("'" + culprit + "'"), e.problems().getFirst().message());
    }

    @Test
    void aGoalFindsItselfAndItsTargetsATargetOnlyItself() {
        SdgRef goal = SdgRef.parse("sdg", "10");
        SdgRef target = SdgRef.parse("sdg", "10.7");
        assertTrue(new SdgRef(10, null).matchedBy(goal));
        assertTrue(new SdgRef(10, "7").matchedBy(goal));
        assertTrue(new SdgRef(10, "c").matchedBy(goal));
        assertFalse(new SdgRef(1, "7").matchedBy(goal));
        assertTrue(new SdgRef(10, "7").matchedBy(target));
        assertFalse(new SdgRef(10, null).matchedBy(target));
        assertFalse(new SdgRef(10, "c").matchedBy(target));
        assertFalse(new SdgRef(8, "7").matchedBy(target));
    }

    @Test
    void aFilterIsOneReference() {
        assertThrows(InvalidInputException.class, () -> SdgRef.parse("sdg", "10.7, 8.8"));
        assertThrows(InvalidInputException.class, () -> SdgRef.parse("sdg", ""));
    }
}
