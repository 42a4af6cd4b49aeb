package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./gilcheck launcher rebuilds the jar when a pom.xml or a source is newer than it (issue 11,
 * item 16). Run on a copy of the launcher next to a fake project, with mvn and java replaced by
 * scripts that only say they ran.
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
        age(source, 100);
        age(pom, 100);
        age(jar, 50);
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

    private static String run(Path project, String path) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", project.resolve("gilcheck").toString(), "list")
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("PATH", path);
        return finish(pb.start());
    }
}
