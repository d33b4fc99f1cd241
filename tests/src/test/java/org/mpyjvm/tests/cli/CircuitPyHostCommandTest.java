package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB host's view of CIRCUITPY from the command line: {@code fs} writes allowed while the host owns the drive,
 * refused (one line, why and what to do) after boot.py's {@code storage.remount("/", False)}, everything refused
 * with {@code --usb off}; {@code fs export} writes a disk image that mtools reads.
 */
class CircuitPyHostCommandTest {
    private static final String BOARD = "circuitpython:adafruit_qt2040_trinkey";
    /** CircuitPython formats with an MBR and the volume at sector 63. */
    private static final long VOLUME = 63 * 512;

    @TempDir
    Path dir;

    private MpyCommand.Result mpy(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--board", BOARD, "--device", "dev"));
        all.addAll(List.of(args));
        return MpyCommand.run(dir, all.toArray(new String[0]));
    }

    @Test
    void hostWritesAreAllowedByDefaultAndTheExportIsReadableByMtools() throws Exception {
        Files.writeString(dir.resolve("hello.txt"), "from the host\n");
        MpyCommand.Result cp = mpy("fs", "cp", "hello.txt", ":hello.txt");
        assertEquals(0, cp.status(), cp.stderr());
        assertEquals(0, mpy("fs", "mkdir", ":data").status());
        assertEquals(0, mpy("fs", "cp", "hello.txt", ":data/copy.txt").status());
        assertEquals(0, mpy("fs", "rm", ":data/copy.txt").status());
        MpyCommand.Result app = mpy("-q", "-c", "print(open('hello.txt').read(), end=''); print(__import__('os').listdir('data'))");
        assertEquals("from the host\n[]\n", app.stdout(), app.stderr());

        MpyCommand.Result export = mpy("fs", "export", "out.img");
        assertEquals(0, export.status(), export.stderr());
        assertTrue(export.stderr().contains("mdir -i out.img@@" + VOLUME + " ::"), export.stderr());
        MpyCommand.Result dirList = mtools(List.of("mdir", "-b", "-i", "out.img@@" + VOLUME, "::/"));
        assertEquals(0, dirList.status(), dirList.stderr());
        assertTrue(dirList.stdout().contains("::/hello.txt"), dirList.stdout());
        assertTrue(dirList.stdout().contains("::/code.py"), dirList.stdout());
        MpyCommand.Result type = mtools(List.of("mtype", "-i", "out.img@@" + VOLUME, "::/hello.txt"));
        assertEquals("from the host\n", type.stdout(), type.stderr());
        MpyCommand.Result label = mtools(List.of("mlabel", "-s", "-i", "out.img@@" + VOLUME, "::"));
        assertTrue(label.stdout().contains("CIRCUITPY"), label.stdout() + label.stderr());
    }

    @Test
    void afterBootGivesTheDriveToCircuitPythonHostWritesAreRefusedAndReadsStillWork() throws Exception {
        Files.writeString(dir.resolve("boot.py"), "import storage\nstorage.remount('/', False)\nprint('LOCKED')\n");
        Files.writeString(dir.resolve("x.txt"), "x\n");
        MpyCommand.Result boot = mpy("boot.py");
        assertEquals(0, boot.status(), boot.stderr());
        for (List<String> command : List.of(List.of("cp", "x.txt", ":x.txt"), List.of("mkdir", ":d"),
                List.of("rm", ":code.py"), List.of("rmdir", ":lib"))) {
            List<String> args = new ArrayList<>(List.of("fs"));
            args.addAll(command);
            MpyCommand.Result r = mpy(args.toArray(new String[0]));
            assertEquals(1, r.status(), command + ": " + r.stderr());
            String line = r.stderr().strip();
            assertEquals(1, line.lines().count(), line);
            assertTrue(line.startsWith("mpy: fs " + command.get(0) + ": CIRCUITPY is read-only for the USB host: "
                    + "boot.py gave it to CircuitPython (storage.remount(\"/\", False)); to write from the host,"), line);
        }
        // The app owns the drive now: code.py's writes land, and the host reads them (ls, cat, export).
        MpyCommand.Result app = mpy("-q", "-c", "with open('app.txt', 'w') as f:\n    f.write('by the app')");
        assertEquals(0, app.status(), app.stdout() + app.stderr());
        MpyCommand.Result cat = mpy("fs", "cat", ":app.txt");
        assertEquals("by the app", cat.stdout(), cat.stderr());
        MpyCommand.Result ls = mpy("fs", "ls");
        assertTrue(ls.stdout().contains(" code.py\n") && !ls.stdout().contains("x.txt"), ls.stdout());
        assertEquals(0, mpy("-q", "fs", "export", "locked.img").status());
        assertEquals("by the app", mtools(List.of("mtype", "-i", "locked.img@@" + VOLUME, "::/app.txt")).stdout());
    }

    @Test
    void withoutAUsbHostEveryHostCommandIsRefused() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "x\n");
        for (List<String> command : List.of(List.of("ls"), List.of("cp", "x.txt", ":x.txt"),
                List.of("export", "none.img"))) {
            List<String> args = new ArrayList<>(List.of("--usb", "off", "fs"));
            args.addAll(command);
            MpyCommand.Result r = mpy(args.toArray(new String[0]));
            assertEquals(1, r.status(), command + ": " + r.stdout());
            assertTrue(r.stderr().startsWith("mpy: fs " + command.get(0) + ": no USB host attached (--usb off)"),
                    r.stderr());
        }
        assertTrue(Files.notExists(dir.resolve("none.img")));
        // With the host back, the same copy works.
        assertEquals(0, mpy("fs", "cp", "x.txt", ":x.txt").status());
    }

    @Test
    void aDriveHiddenByBootPyIsNotReachableFromTheHost() throws Exception {
        Files.writeString(dir.resolve("boot.py"), "import storage\nstorage.disable_usb_drive()\n");
        assertEquals(0, mpy("-q", "boot.py").status());
        MpyCommand.Result ls = mpy("fs", "ls");
        assertEquals(1, ls.status(), ls.stdout());
        assertTrue(ls.stderr().startsWith("mpy: fs ls: CIRCUITPY is not presented to the USB host: boot.py called "
                + "storage.disable_usb_drive(); take that call out of boot.py"), ls.stderr());
        // CircuitPython itself may write now (no host owns the drive).
        MpyCommand.Result app = mpy("-q", "-c", "with open('a.txt', 'w') as f:\n    f.write('ok')\nprint(open('a.txt').read())");
        assertEquals("ok\n", app.stdout(), app.stderr());
    }

    @Test
    void exportIsOnlyForCircuitPythonBoards() throws Exception {
        MpyCommand.Result r = MpyCommand.run(dir, "--board", "zephyr:reel_board", "--fresh", "fs", "export", "o.img");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("fs export writes a CircuitPython board's CIRCUITPY drive"), r.stderr());
    }

    /** Runs an mtools command; mtools is a required tool of the suite (DESIGN.md), so its absence fails. */
    private MpyCommand.Result mtools(List<String> command) throws Exception {
        boolean present = false;
        for (String p : System.getenv("PATH").split(java.io.File.pathSeparator)) {
            present |= Files.isExecutable(Path.of(p, command.get(0)));
        }
        assertTrue(present, command.get(0) + " (mtools) is required for this test: apt-get install mtools");
        return MpyCommand.exec(dir, Map.of("MTOOLS_SKIP_CHECK", "1"), command);
    }
}
