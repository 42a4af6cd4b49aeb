package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every -o (report, dot): only a new path or a regular file is written, atomically; a device, fifo or
 * folder is refused untouched; a symbolic link is written through; - is stdout (issue 11, items 1, 4, 13, 15).
 */
class OutputFileTest {
    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    private static String[] report(Path out) {
        return new String[] {"report", "-s", "bpo-36475", "--daemons", "1", "--releases", "0", "-o", out.toString()};
    }

    private static String[] dot(Path out) {
        return new String[] {"dot", "-s", "py39", "-o", out.toString()};
    }

    private static String refused(String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        return r.err();
    }

    private static int type(Path p) throws Exception {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS) & S_IFMT;
    }

    private static List<Path> leftovers(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void aDeviceNodeIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path device = dir.resolve("null-device");
        Environment.require(Environment.run("mknod", device.toString(), "c", "1", "3"),
                "mknod is not permitted here (needs root): the device case of issue 11 item 1 is not run");
        for (String[] args : List.of(report(device), dot(device))) {
            assertTrue(refused(args).contains("is not a regular file"));
            assertEquals(S_IFCHR, type(device), "the device was replaced by " + String.join(" ", args));
        }
        assertEquals(List.of(), leftovers(dir));
    }

    /**
     * A reader drains the fifo, so that a command that wrongly writes into it fails the test instead of
     * blocking for ever; at the end the test opens the fifo for reading and writing (which never blocks on
     * Linux), which lets an idle reader go.
     */
    @Test
    void aFifoIsRefusedWithoutOpeningIt(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("fifo");
        Environment.require(Environment.run("mkfifo", fifo.toString()), "mkfifo is missing");
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "fifo reader");
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(refused(dot(fifo)).contains("is not a regular file"));
            assertEquals(S_IFIFO, type(fifo));
        } finally {
            FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            reader.join(10_000);
        }
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) {
        assertTrue(refused(report(dir)).contains("is not a regular file"));
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStays(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("real.html"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), target);
        Cli r = Cli.run(report(link));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).startsWith("<!DOCTYPE html>"), Files.readString(target));
        assertTrue(refused(report(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere/x"))))
                .contains("symbolic link to nothing"));
    }

    @Test
    void dotReplacesItsFileAtomicallyAndKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("g.dot"), "old content");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Object before = Files.getAttribute(file, "unix:ino");
        Cli r = Cli.run(dot(file));
        assertEquals(0, r.code(), r.err());
        assertNotEquals(before, Files.getAttribute(file, "unix:ino"), "written in place, not moved into place");
        assertTrue(Files.readString(file).endsWith("}\n"));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)));
        assertEquals(List.of(), leftovers(dir));
    }

    @Test
    void dashIsStdout(@TempDir Path dir) throws Exception {
        Path dash = Path.of("-");
        assertFalse(Files.exists(dash));
        Cli d = Cli.run("dot", "-s", "py39", "-o", "-");
        assertEquals(0, d.code(), d.err());
        assertTrue(d.out().startsWith("digraph") && d.out().endsWith("}\n"), d.out());
        Cli r = Cli.run("report", "-s", "bpo-36475", "--daemons", "1", "--releases", "0", "-o", "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("<!DOCTYPE html>") && !r.out().contains("wrote "));
        assertFalse(Files.exists(dash), "a file named - was created");
    }

    @Test
    void aParentThatIsAFileSaysSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("hostname"), "x");
        String e = refused(report(file.resolve("r.html")));
        assertTrue(e.contains(file + " is not a folder"), e);
        assertEquals("x", Files.readString(file));
    }
}
