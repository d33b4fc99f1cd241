package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs dosfstools and mtools on image files. A missing tool fails the test with the Debian package to install:
 * the interop checks are required, never skipped silently.
 */
final class HostTools {
    record Result(int exit, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private static final Map<String, String> PACKAGES = Map.of(
            "fsck.fat", "dosfstools", "mkfs.fat", "dosfstools",
            "mdir", "mtools", "mtype", "mtools", "mcopy", "mtools", "mmd", "mtools", "mdel", "mtools", "mlabel", "mtools");

    private HostTools() {
    }

    static Result run(String... command) {
        String tool = command[0];
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.set(0, locate(tool));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("MTOOLS_SKIP_CHECK", "1");
        pb.environment().put("LC_ALL", "C.UTF-8");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(p.getErrorStream(), err));
            drain.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(tool + " did not finish");
            }
            drain.join();
            return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + tool + ": " + e, e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException ignored) {
            // the process died; its exit status tells the story
        }
    }

    private static String locate(String tool) {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/sbin:/usr/bin").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        fail(tool + " not found: install the Debian package '" + PACKAGES.getOrDefault(tool, tool)
                + "' (apt-get install -y dosfstools mtools)");
        return tool;
    }

    /** {@code fsck.fat -n IMG} must exit 0. */
    static void assertFsckClean(Path image) {
        Result r = run("fsck.fat", "-n", image.toString());
        assertEquals(0, r.exit(), "fsck.fat -n failed:\n" + r.out() + r.stderr());
    }

    static byte[] mtype(Path image, String path) {
        Result r = run("mtype", "-i", image.toString(), "::" + path);
        assertEquals(0, r.exit(), "mtype " + path + ": " + r.stderr());
        return r.stdout();
    }

    /** Every path below the root, as {@code mdir -/ -b} prints it (directories end with '/'), without "::". */
    static List<String> mdirRecursive(Path image) {
        Result r = run("mdir", "-/", "-b", "-i", image.toString(), "::/");
        if (r.exit() != 0 && r.stderr().contains("not found") && r.stdout().length == 0) {
            return List.of(); // mdir's answer for an empty root directory
        }
        assertEquals(0, r.exit(), "mdir: " + r.stderr());
        List<String> paths = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            if (line.startsWith("::")) {
                paths.add(line.substring(2));
            }
        }
        return paths;
    }
}
