package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import java.util.List;

/**
 * A toy protocol on the sync primitives: a producer P publishes a message and signals; a consumer
 * C waits for it under the mutex, reads it, and then tears everything down. Each {@link Bug} plants
 * one classic mistake.
 */
final class Handshake {
    static final String LIFETIME = "sync-lifetime";
    static final String USE_AFTER_FREE = "use-after-free";

    enum Bug {
        NONE,
        /** C tests {@code ready} before taking the mutex and then waits without testing again: a lost wake-up. */
        TEST_OUTSIDE_LOCK,
        /** P destroys the mutex and condition right after signalling, while C may still wait on them. */
        PRODUCER_DESTROYS,
        /** P frees the message after signalling, while C may still read it. */
        PRODUCER_FREES
    }

    private Handshake() {
    }

    private static Site site(String fn, String action) {
        return new Site(fn + ": " + action, fn, "handshake.c", action);
    }

    static FiberSystem system(Bug bug) {
        Layout.Builder b = Layout.builder();
        Field owner = b.field("mutex owner", 2);
        Field mutexDestroyed = b.flag("mutex destroyed");
        Field condDestroyed = b.flag("cond destroyed");
        Field[] slots = {b.field("P waits on", WaitSlots.maxCode(1)), b.field("C waits on", WaitSlots.maxCode(1))};
        Field ready = b.flag("ready");
        Field messageFreed = b.flag("message freed");
        Field[] pc = {b.field("P.pc", 15), b.field("C.pc", 15)};
        Layout layout = b.build();
        Mutex mutex = new Mutex("mutex", owner, mutexDestroyed, LIFETIME);
        Cond cond = new WaitSlots(slots).cond("cond", mutex, condDestroyed, LIFETIME);
        Freeable message = new Freeable(messageFreed, USE_AFTER_FREE);

        ProgramBuilder p = new ProgramBuilder("producer");
        p.await(site("produce", "lock; ready = 1; signal; unlock"), "mutex is free", mutex.free(), m -> {
            mutex.lock(m);
            m.set(ready, true);
            cond.signal(m);
            mutex.unlock(m);
        });
        if (bug == Bug.PRODUCER_DESTROYS) {
            teardown(p, mutex, cond);
        }
        if (bug == Bug.PRODUCER_FREES) {
            p.step(site("produce", "free(message)"), message::free);
        }
        p.end(site("produce", "done"));

        ProgramBuilder c = new ProgramBuilder("consumer");
        if (bug == Bug.TEST_OUTSIDE_LOCK) {
            c.ifThen(site("consume", "if (!ready)"), m -> !m.isSet(ready), () -> {
                c.await(site("consume", "lock"), "mutex is free", mutex.free(), mutex::lock);
                waitForSignal(c, cond);
            });
        } else {
            c.await(site("consume", "lock"), "mutex is free", mutex.free(), mutex::lock);
            c.loop(loop -> {
                c.step(site("consume", "while (!ready)"), m -> {
                    if (m.isSet(ready)) {
                        m.jump(loop.exit());
                    }
                });
                waitForSignal(c, cond);
            });
        }
        c.step(site("consume", "read message; unlock"), m -> {
            message.use(m);
            mutex.unlock(m);
        });
        if (bug != Bug.PRODUCER_FREES) {
            c.step(site("consume", "free(message)"), message::free);
        }
        if (bug != Bug.PRODUCER_DESTROYS) {
            teardown(c, mutex, cond);
        }
        c.end(site("consume", "done"));

        int consumerDone = c.nextPc() - 1;
        return new FiberSystem(layout, List.of(new Fiber("P", p.build(), pc[0]), new Fiber("C", c.build(), pc[1])),
                layout.newWorld(), w -> false, w -> pc[1].get(w) == consumerDone, 1);
    }

    private static void waitForSignal(ProgramBuilder c, Cond cond) {
        c.step(site("consume", "wait"), cond::startWait);
        c.await(site("consume", "woken"), cond.waitsForSignal(), cond.signalled(), cond::wake);
    }

    private static void teardown(ProgramBuilder code, Mutex mutex, Cond cond) {
        code.step(site("teardown", "destroy(cond)"), cond::destroy);
        code.step(site("teardown", "destroy(mutex)"), mutex::destroy);
    }
}
