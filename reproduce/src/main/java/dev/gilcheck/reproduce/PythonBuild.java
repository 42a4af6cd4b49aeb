package dev.gilcheck.reproduce;

import dev.gilcheck.checker.engine.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A CPython interpreter to force witnesses on: its path, version and shared libpython, checked to be
 * CPython with DWARF line tables, with gdb at hand.
 *
 * @param python    the interpreter
 * @param version   its version, e.g. 3.9.18
 * @param libpython the shared library that holds the interpreter's code
 */
public record PythonBuild(Path python, String version, Path libpython) {

    /** The minor version: 9 for 3.9.18. */
    public int minor() {
        return Integer.parseInt(version.split("\\.")[1]);
    }

    /** The python of a pyenv-installed release: $(pyenv root)/versions/R/bin/python3.X. */
    public static Path pyenvPython(String release, Path scratch) {
        String[] parts = release.split("\\.");
        return pyenvVersion(release, scratch).resolve("bin").resolve("python" + parts[0] + "." + parts[1]);
    }

    /** Where pyenv installs a release: $(pyenv root)/versions/R (whether or not it is there). */
    public static Path pyenvVersion(String release, Path scratch) {
        return pyenvRoot(scratch).resolve("versions").resolve(release);
    }

    /** $PYENV_ROOT, else what {@code pyenv root} says, else ~/.pyenv; asked once per run. */
    private static synchronized Path pyenvRoot(Path scratch) {
        if (pyenvRoot == null) {
            pyenvRoot = findPyenvRoot(scratch);
        }
        return pyenvRoot;
    }

    private static Path pyenvRoot;

    private static Path findPyenvRoot(Path scratch) {
        String env = System.getenv("PYENV_ROOT");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        if (Command.onPath("pyenv")) {
            List<String> out = Command.run(List.of("pyenv", "root"), Map.of(), scratch, 20).lines();
            if (!out.isEmpty() && !out.get(0).isBlank()) {
                return Path.of(out.get(0).trim());
            }
        }
        return Path.of(System.getProperty("user.home"), ".pyenv");
    }

    /** Checks python and gdb; bad input (one line saying what to do) when either will not do. */
    public static PythonBuild check(Path python, Path scratch) {
        if (!Command.onPath("gdb")) {
            throw new BadInputException("gdb is not on PATH: install gdb (13 or later) to force witnesses on a binary");
        }
        if (!Files.isRegularFile(python) || !Files.isExecutable(python)) {
            throw new BadInputException("python not found: " + python + " is not an executable file; give --python PATH"
                    + " or install the release with pyenv");
        }
        Command.Result r = Command.run(List.of(python.toString(), "-c",
                "import platform, sysconfig, os; print(platform.python_implementation(), platform.python_version(),"
                        + " os.path.join(sysconfig.get_config_var('LIBDIR') or '', sysconfig.get_config_var('INSTSONAME') or ''))"),
                Map.of(), scratch, 30);
        String[] f = r.lines().isEmpty() ? new String[0] : r.lines().get(r.lines().size() - 1).trim().split(" ", 3);
        if (r.exit() != 0 || f.length < 3 || !f[0].equals("CPython")) {
            String said = r.exit() == 0 && f.length > 0 ? " (it says it is " + f[0] + ")" : "";
            throw new BadInputException(python + " is not a CPython interpreter" + said
                    + ": give --python the path of one");
        }
        Path lib = Path.of(f[2]);
        if (!Files.isRegularFile(lib)) {
            throw new BadInputException(python + " has no shared libpython (" + lib
                    + "): build CPython with --enable-shared and debug info (-g)");
        }
        Command.Result line = Command.run(List.of("gdb", "-batch", "-nx", lib.toString(), "-ex", "info line take_gil"),
                Map.of(), scratch, 60);
        if (line.lines().stream().noneMatch(l -> l.startsWith("Line "))) {
            throw new BadInputException(lib + " has no debug line table for take_gil: build CPython with -g"
                    + " (e.g. CFLAGS=-g) and do not strip it");
        }
        return new PythonBuild(python, f[1], lib);
    }
}
