package dev.gilcheck.reproduce;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.gilcheck.checker.engine.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Forces one witness plan on one binary: writes the Python program, the gdb script and the plan into
 * a directory, runs gdb on them (in a process group of its own, killed on every way out) and reads
 * the outcome.
 */
public final class Reproducer {
    /** Seconds a fiber may take to reach its next stop. */
    static final double STEP_SECONDS = 4;
    /** Seconds a fiber runs before it counts as parked in a blocking wait (less than the 0.5 s switch interval). */
    static final double PARK_SECONDS = 0.25;
    /** Seconds the process must stay alive after gdb detached for a hang. */
    static final double HANG_SECONDS = 3;
    /** Seconds one whole gdb run may take. */
    static final double RUN_SECONDS = 180;

    private static final String PROGRAM = "program.py";
    private static final String DRIVER = "driver.py";
    private static final String PLAN = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final PythonBuild build;
    private final int daemons;

    /** Forces plans on {@code build}, with a program that starts {@code daemons} daemon threads. */
    public Reproducer(PythonBuild build, int daemons) {
        this.build = build;
        this.daemons = daemons;
    }

    /** Forces plan; the files go into a temporary directory removed afterwards. */
    public Outcome force(WitnessPlan plan) {
        Path dir;
        try {
            dir = Files.createTempDirectory("gilcheck-reproduce");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread cleaner = new Thread(() -> deleteTree(dir));
        Runtime.getRuntime().addShutdownHook(cleaner);
        try {
            return force(plan, dir);
        } finally {
            deleteTree(dir);
            try {
                Runtime.getRuntime().removeShutdownHook(cleaner);
            } catch (IllegalStateException shuttingDown) {
                // the hook deletes it again, harmlessly
            }
        }
    }

    /** Forces plan with its files in dir, which stays (for --emit). */
    public Outcome force(WitnessPlan plan, Path dir) {
        String cannot = plan.cannot();
        write(plan, dir);
        if (cannot != null) {
            return Outcome.cannot(cannot);
        }
        Command.Result r = Command.run(List.of("gdb", "-batch", "-nx", "-x", dir.resolve(DRIVER).toString()),
                Map.of("GILCHECK_PLAN", dir.resolve(PLAN).toString()), dir, RUN_SECONDS);
        Outcome outcome = Outcome.parse(r.lines(), r.exit() < 0
                ? "gdb did not finish within " + (int) RUN_SECONDS + " s" : "gdb ended without an outcome (exit " + r.exit() + ")");
        for (String event : outcome.events()) {
            if (event.startsWith("pid ")) {
                Command.kill(Long.parseLong(event.substring(4).trim()));
            }
        }
        return outcome;
    }

    /** Writes program.py, driver.py, plan.json and a README that says how to rerun them into dir. */
    public void write(WitnessPlan plan, Path dir) {
        try {
            copy(PROGRAM, dir);
            copy(DRIVER, dir);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("python", build.python().toString());
            json.put("program", dir.resolve(PROGRAM).toString());
            json.put("ids", dir.resolve("threads.txt").toString());
            json.put("stdout", dir.resolve("program-output.txt").toString());
            json.put("daemons", daemons);
            json.put("marker", "getppid");
            json.put("step_bound", STEP_SECONDS);
            json.put("park", PARK_SECONDS);
            json.put("hang_wait", HANG_SECONDS);
            json.putAll(plan.json());
            JSON.writeValue(dir.resolve(PLAN).toFile(), json);
            Files.writeString(dir.resolve("README"), "Rerun by hand: cd " + dir + " && GILCHECK_PLAN=" + PLAN
                    + " gdb -batch -nx -x " + DRIVER + "   (gdb prints one '@@' line per step and an '@@ outcome' line;"
                    + " " + PROGRAM + " is the program it runs with " + build.python() + ")\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A directory for --emit: created here, or refused when it exists and is not empty. */
    public static Path emitDirectory(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> entries = Files.list(dir)) {
                    if (!Files.isDirectory(dir) || entries.findAny().isPresent()) {
                        throw new BadInputException("--emit " + dir + " exists and is not an empty directory:"
                                + " give a new directory");
                    }
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("cannot create --emit directory " + dir + ": " + e.getMessage());
        }
    }

    private static void copy(String resource, Path dir) throws IOException {
        try (InputStream in = Reproducer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the reproduce jar");
            }
            Files.write(dir.resolve(resource), in.readAllBytes());
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
