package dev.gilcheck.cli;

import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** Lists the strategies, the toggles and the invariants, each in columns as wide as their longest entry. */
@Command(name = "list", footer = "%nExample:%n  gilcheck list",
        description = "List the strategies (CPython versions), the toggles and the invariants.")
final class ListCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> strategies = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            strategies.add(new String[] {s.id(), s.shortCommit(), s.summary()});
            if (!s.toggles().toString().isEmpty()) {
                strategies.add(new String[] {"", "", "toggles: " + s.toggles()});
            }
        }
        out.println("strategies:");
        out.print(columns(strategies));
        List<String[]> toggles = new ArrayList<>();
        for (Toggle t : Toggle.values()) {
            toggles.add(new String[] {t.id() + "=" + String.join("|", t.choices()), t.since(), t.doc()});
        }
        out.println();
        out.println("toggles (NAME=VALUE; the first value is the code before the change):");
        out.print(columns(toggles));
        List<String[]> invariants = new ArrayList<>();
        for (Invariant i : Invariant.values()) {
            invariants.add(new String[] {i.id(), i.statement()});
        }
        out.println();
        out.println("invariants:");
        out.print(columns(invariants));
    }

    /** Rows indented by two, each column but the last padded to its widest cell. */
    static String columns(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length - 1; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int c = 0; c < row.length; c++) {
                line.append(' ').append(c < row.length - 1 ? String.format("%-" + widths[c] + "s", row[c]) : row[c]);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
