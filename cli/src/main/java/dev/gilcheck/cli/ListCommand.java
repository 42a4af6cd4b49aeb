package dev.gilcheck.cli;

import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists the strategies, the toggles and the invariants. */
@Command(name = "list", footer = "%nExample:%n  gilcheck list",
        description = "List the strategies (CPython versions), the toggles and the invariants.")
final class ListCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        out.println("strategies:");
        for (Strategy s : Strategy.values()) {
            out.printf("  %-22s %-10s %s%n", s.id(), s.shortCommit(), s.summary());
            if (!s.toggles().toString().isEmpty()) {
                out.printf("  %-22s %-10s toggles: %s%n", "", "", s.toggles());
            }
        }
        out.println();
        out.println("toggles (NAME=VALUE; the first value is the code before the change):");
        for (Toggle t : Toggle.values()) {
            out.printf("  %-26s %-10s %s%n", t.id() + "=" + String.join("|", t.choices()), t.since(), t.doc());
        }
        out.println();
        out.println("invariants:");
        for (Invariant i : Invariant.values()) {
            out.printf("  %-30s %s%n", i.id(), i.statement());
        }
    }
}
