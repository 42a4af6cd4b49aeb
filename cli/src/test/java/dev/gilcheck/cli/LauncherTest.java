package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./gilcheck launcher rebuilds the jar when a pom.xml or a source is newer than it (issue 11,
 * item 16), and archives the classes a command loads once per jar. Run on a copy of the launcher
 * next to a fake project, with mvn and java replaced by scripts that only say they ran.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "gilcheck");

    private static Path script(Path bin, String name, String body) throws Exception {
        Path p = Files.writeString(bin.resolve(name), "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static String finish(Process p) throws Exception {
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the launcher (pid " + p.pid() + ") did not end");
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void age(Path file, long secondsAgo) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(secondsAgo)));
    }

    @Test
    void rebuildsOnlyWhenASourceIsNewerThanTheJar(@TempDir Path project) throws Exception {
        Files.copy(LAUNCHER, project.resolve("gilcheck"));
        Path bin = Files.createDirectories(project.resolve("bin"));
        script(bin, "mvn", "echo BUILT; mkdir -p cli/target; touch cli/target/gilcheck.jar");
        script(bin, "java", "echo RAN");
        Path source = Files.createDirectories(project.resolve("model/src/main/java")).resolve("A.java");
        Files.writeString(source, "class A {}");
        Path pom = Files.writeString(project.resolve("pom.xml"), "<project/>");
        Files.createDirectories(project.resolve("cli/target"));
        Path jar = Files.writeString(project.resolve("cli/target/gilcheck.jar"), "jar");
        Path archive = Files.writeString(project.resolve("cli/target/gilcheck.jsa"), "archive");
        age(source, 100);
        age(pom, 100);
        age(jar, 50);
        age(archive, 40);
        String path = bin + ":" + System.getenv("PATH");

        assertEquals("RAN\n", run(project, path), "rebuilt although the jar is newer than every source");
        age(source, 10);
        String out = run(project, path);
        assertTrue(out.contains("sources changed since the jar was built") && out.contains("RAN"), out);
        age(jar, 5);
        age(pom, 1);
        assertTrue(run(project, path).contains("(the sources changed"), "a newer pom.xml did not rebuild");
        Files.delete(jar);
        assertTrue(run(project, path).contains("(first run)"));
    }

    /**
     * The class-data-sharing archive is written once per jar, renamed into place only once a JVM has
     * opened it, and used by every later command; JAVA_OPTS goes without it; a failed dump leaves
     * nothing behind and the command still runs.
     */
    @Test
    void archivesTheClassesOncePerJar(@TempDir Path project) throws Exception {
        Files.copy(LAUNCHER, project.resolve("gilcheck"));
        Path bin = Files.createDirectories(project.resolve("bin"));
        Path log = project.resolve("java.log");
        Path failDump = project.resolve("fail-dump");
        script(bin, "java", "echo \"$*\" >> " + log + "\n"
                + "case \"$*\" in *ArchiveClassesAtExit=*)\n"
                + "  [ -f " + failDump + " ] && exit 1\n"
                + "  echo archive > \"$(echo \"$*\" | sed -E 's/.*ArchiveClassesAtExit=([^ ]*).*/\\1/')\";;\n"
                + "esac\n"
                + "echo RAN");
        Path target = Files.createDirectories(project.resolve("cli/target"));
        Path jar = Files.writeString(target.resolve("gilcheck.jar"), "jar");
        Path archive = target.resolve("gilcheck.jsa");
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        age(project.resolve("pom.xml"), 100);
        age(jar, 50);
        String path = bin + ":" + System.getenv("PATH");

        String first = run(project, path);
        assertTrue(first.contains("archiving the classes") && first.endsWith("RAN\n"), first);
        assertEquals("archive\n", Files.readString(archive));
        assertTrue(lastLine(log).contains("-XX:SharedArchiveFile=" + archive), lastLine(log));
        assertEquals(List.of("gilcheck.jar", "gilcheck.jsa"), filesIn(target));

        long calls = Files.readAllLines(log).size();
        assertEquals("RAN\n", run(project, path), "archived again for the same jar");
        assertEquals(calls + 1, Files.readAllLines(log).size());

        age(archive, 60);
        Files.writeString(failDump, "");
        String failed = run(project, path);
        assertTrue(failed.contains("archiving the classes") && failed.endsWith("RAN\n"), failed);
        assertEquals(List.of("gilcheck.jar", "gilcheck.jsa"), filesIn(target), "a failed dump left a file");
        assertEquals("archive\n", Files.readString(archive), "a failed dump replaced the archive");

        Files.delete(archive);
        String withOpts = run(project, path, "-Xmx1g");
        assertEquals("RAN\n", withOpts);
        assertTrue(!lastLine(log).contains("SharedArchiveFile") && lastLine(log).startsWith("-Xmx1g"), lastLine(log));
        assertEquals(List.of("gilcheck.jar"), filesIn(target));
    }

    private static String lastLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        return lines.get(lines.size() - 1);
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String run(Path project, String path) throws Exception {
        return run(project, path, null);
    }

    private static String run(Path project, String path, String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("gilcheck").toString(), "list")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("PATH", path);
        pb.environment().remove("JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("JAVA_OPTS", javaOpts);
        }
        return finish(pb.start());
    }
}
