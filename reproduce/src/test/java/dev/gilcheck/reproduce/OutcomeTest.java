package dev.gilcheck.reproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the gdb script's report. */
class OutcomeTest {

    @Test
    void stepsOutcomeAndEventsAreRead() {
        Outcome o = Outcome.parse(List.of(
                "Thread 3 \"python3.9\" hit Breakpoint -20, take_gil (tstate=0x5) at Python/ceval_gil.h:228",
                "@@ pid\t4242",
                "@@ step\t1\tM\tstopped\tPy_FinalizeEx:1389",
                "@@ step\t2\tD1\tran\t",
                "@@ outcome\tREPRODUCED crash\tSIGSEGV at take_gil:229"), "none");
        assertEquals(Outcome.Kind.REPRODUCED_CRASH, o.kind());
        assertEquals("SIGSEGV at take_gil:229", o.detail());
        assertEquals(List.of(new Outcome.StepReport(1, "M", "stopped", "Py_FinalizeEx:1389"),
                new Outcome.StepReport(2, "D1", "ran", "")), o.steps());
        assertEquals(List.of("pid 4242"), o.events());
    }

    @Test
    void withoutAnOutcomeLineTheRunIsNotReproduced() {
        Outcome o = Outcome.parse(List.of("@@ step\t1\tM\tstopped\tPy_FinalizeEx:1389"), "gdb did not finish");
        assertEquals(Outcome.Kind.NOT_REPRODUCED, o.kind());
        assertEquals("gdb did not finish", o.detail());
    }
}
