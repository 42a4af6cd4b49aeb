package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StructuredStepsTest {
    private static final Site COUNT = new Site("count", "f", "loop.c", "n++");
    private static final Site TEST = new Site("test", "f", "loop.c", "if (n == 3) break");
    private static final Site ODD = new Site("odd", "f", "loop.c", "if (n % 2)");
    private static final Site MARK = new Site("mark", "f", "loop.c", "odd++");
    private static final Site DONE = new Site("done", "f", "loop.c", "return");

    /** One fiber: {@code while (1) { n++; if (n % 2) odd++; if (n == 3) break; } goto out; ... out: return}. */
    private static List<String> run() {
        Layout.Builder b = Layout.builder();
        Field n = b.field("n", 3);
        Field odd = b.field("odd", 3);
        Field pc = b.field("pc", 15);
        Layout layout = b.build();
        ProgramBuilder p = new ProgramBuilder("counter");
        Label out = p.label("out");
        p.loop(loop -> {
            p.step(COUNT, m -> m.set(n, m.get(n) + 1));
            p.ifThen(ODD, m -> m.get(n) % 2 == 1, () -> p.step(MARK, m -> m.set(odd, m.get(odd) + 1)));
            p.step(TEST, m -> {
                if (m.get(n) == 3) {
                    m.jump(loop.exit());
                }
            });
        });
        p.goTo(out);
        p.step(MARK, m -> m.set(odd, 0));
        p.place(out).end(DONE);
        FiberSystem system = new FiberSystem(layout, List.of(new Fiber("F", p.build(), pc)), layout.newWorld(),
                w -> false, w -> true, 0);
        List<String> steps = new ArrayList<>();
        long[] world = system.initial();
        for (List<Move> moves = system.moves(world, false); !moves.isEmpty(); moves = system.moves(world, false)) {
            steps.add(moves.get(0).site().key());
            world = moves.get(0).target();
        }
        steps.add("n=" + n.get(world) + " odd=" + odd.get(world));
        return steps;
    }

    @Test
    void loopsBranchesAndGoToRunInTheWrittenOrder() {
        assertEquals(List.of("count", "odd", "mark", "test", "count", "odd", "test", "count", "odd", "mark", "test",
                "n=3 odd=2"), run());
    }
}
