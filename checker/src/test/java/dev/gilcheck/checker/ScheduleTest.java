package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Schedule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScheduleTest {

    @Test
    void parsesAndPrintsBack() {
        Schedule s = Schedule.parse("  M M,D1   D1.timeout D2 ");
        assertEquals(5, s.length());
        assertEquals("M M D1 D1.timeout D2", s.toString());
        assertEquals("timeout", s.tokens().get(3).tag());
    }

    @Test
    void namesTheBadTokenAndWhereItIs() {
        BadInputException e = assertThrows(BadInputException.class, () -> Schedule.parse("M D1 D1..x M"));
        assertEquals("malformed schedule: token 3 'D1..x' at character 6 is not a fiber name such as M, D1"
                + " or D1.timeout; separate steps with spaces", e.getMessage());
    }

    @Test
    void refusesAnEmptySchedule() {
        assertThrows(BadInputException.class, () -> Schedule.parse("   "));
    }
}
