package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** --new-threads: threads started just before finalization, bounded; a bad value is one line and exit 2. */
class NewThreadsOptionTest {

    @Test
    void aCountOutOfRangeSaysTheRange() {
        assertEquals("gilcheck: --new-threads 3 is out of range: use 0 to 2",
                Cli.refused("check", "-s", "py312", "--new-threads", "3"));
        assertEquals("gilcheck: --new-threads -1 is out of range: use 0 to 2",
                Cli.refused("check", "-s", "py312", "--new-threads", "-1"));
    }

    @Test
    void aValueThatIsNoNumberIsRefused() {
        assertTrue(Cli.refused("check", "-s", "py312", "--new-threads", "x").contains("'x' is not an int"));
    }

    @Test
    void theLincheckPortRefusesNewThreads() {
        assertTrue(Cli.refused("crosscheck", "--new-threads", "1").endsWith("use --new-threads 0"));
    }

    @Test
    void oneNewThreadIsCheckedAndNamedInTheBounds() {
        Cli r = Cli.run("check", "-s", "py312", "--daemons", "1", "--new-threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("bounds: daemons=1 loops=1 releases=1 cthreads=0 newthreads=1"), r.out());
        assertTrue(r.out().contains("tstate-use-after-free at THREAD_BIND"), r.out());
    }
}
