package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.SourceRow;
import dev.gilcheck.reproduce.PythonBuild;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Lists the CPython releases the model covers, the strategy of each, and whether its build is here;
 * as JSON also each release's line table (step: file, function, line at the tag).
 */
@Command(name = "releases", description = "List the CPython releases the model covers and the strategy that is each"
        + " one's code.", footer = "%nExample:%n  gilcheck releases --format json")
final class ReleasesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    enum Format { text, json }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            for (Release r : Releases.all()) {
                ObjectNode o = all.addObject();
                o.put("release", r.version());
                o.put("tag", r.tag());
                o.put("strategy", r.strategy().id());
                o.put("linesCheckedAgainstBinary", r.binaryChecked());
                o.put("binaryFound", libpython(r) != null);
                ObjectNode lines = o.putObject("lines");
                for (SourceRow row : r.rows().values()) {
                    ObjectNode l = lines.putObject(row.step().name());
                    l.put("file", row.file());
                    l.put("function", row.function());
                    l.put("line", row.lineNumber());
                }
            }
            out.println(CheckReport.write(all));
            return;
        }
        out.printf("%-9s %-10s %-22s %-20s %s%n", "release", "tag", "strategy", "lines vs binary", "binary here");
        for (Release r : Releases.all()) {
            Path lib = libpython(r);
            out.printf("%-9s %-10s %-22s %-20s %s%n", r.version(), r.tag(), r.strategy().id(),
                    r.binaryChecked() ? "yes" : "no (source only)", lib == null ? "no" : "yes (" + lib + ")");
        }
    }

    /** The release's libpython under $(pyenv root)/versions, or null when it is not on this machine. */
    static Path libpython(Release r) {
        Path versions = PythonBuild.pyenvVersion(r.version(), Path.of(System.getProperty("java.io.tmpdir")))
                .resolve("lib");
        for (String name : new String[] {"libpython" + r.minor() + ".so.1.0", "libpython" + r.minor() + "m.so.1.0"}) {
            if (Files.isRegularFile(versions.resolve(name))) {
                return versions.resolve(name);
            }
        }
        return null;
    }
}
