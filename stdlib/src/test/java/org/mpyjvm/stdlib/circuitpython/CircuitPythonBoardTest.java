package org.mpyjvm.stdlib.circuitpython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The seed (examples/circuitpython_trinkey_boot.py) run unchanged as boot.py, and what each outcome means for the
 * code.py runs and the USB host that follow; the CIRCUITPY drive's format; the storage module's refusals.
 */
class CircuitPythonBoardTest {
    private static final String HEADER_TAIL = "Board ID:adafruit_qt2040_trinkey\nUID:3EB8B4D61F1E3218\nboot.py output:\n";

    @TempDir
    Path device;

    private static String seed() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve(".git")))) {
            dir = dir.getParent();
        }
        return Files.readString(dir.resolveSibling("shared").resolve("examples/circuitpython_trinkey_boot.py"));
    }

    private Map<String, String> state() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(device.resolve("board.json"))) {
            String[] kv = line.trim().replace("\"", "").replace(",", "").split(": ");
            if (kv.length == 2) {
                out.put(kv[0], kv[1]);
            }
        }
        return out;
    }

    @Test
    void withoutDisplayTheDriveStaysTheHosts() throws IOException {
        BoardRun boot = BoardRun.on(device).run("boot.py", seed());
        assertEquals("CIRCUITPY UNLOCKED\n", boot.out, boot.err);
        assertEquals(0, boot.status);
        BoardRun code = BoardRun.on(device).run("code.py", """
                print(open('/boot_out.txt').read(), end='')
                open('/data.txt', 'w')
                """);
        assertTrue(code.out.startsWith("Adafruit CircuitPython 9.2.9 (mpy-jvm) on "), code.out);
        assertTrue(code.out.contains("; Adafruit QT2040 Trinkey with rp2040\n" + HEADER_TAIL
                + "CIRCUITPY UNLOCKED\nTraceback (most recent call last):\n"), code.out);
        assertTrue(code.out.endsWith("OSError: [Errno 30] Read-only filesystem\n"), code.out);
        assertEquals(1, code.status);
        assertTrue(UsbHostView.hostMayWrite(state()));
        assertNull(UsbHostView.refusal(state()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x70=ht16k33", "0x3c=ssd1306", "0x3C=ssd1306,0x50=at24"})
    void withDisplayCodeWritesAndTheHostIsRefused(String i2c) throws IOException {
        BoardRun boot = BoardRun.on(device).with("i2c", i2c).run("boot.py", seed());
        assertEquals("CIRCUITPY LOCKED\n", boot.out);
        BoardRun code = BoardRun.on(device).with("i2c", i2c).run("code.py", """
                with open('/data.txt', 'w') as f:
                    f.write('42')
                print(open('data.txt').read())
                print(open('/boot_out.txt').read().split('\\n')[-2])
                """);
        assertEquals("42\nCIRCUITPY LOCKED\n", code.out);
        assertFalse(UsbHostView.hostMayWrite(state()));
        assertTrue(UsbHostView.refusal(state()).contains("read-only for the USB host"));
    }

    @Test
    void aDeviceAtAnotherAddressChangesNothing() throws IOException {
        assertEquals("CIRCUITPY UNLOCKED\n", BoardRun.on(device).with("i2c", "0x50=at24").run("boot.py", seed()).out);
    }

    @Test
    void phaseBootRunsAnyScriptAsBootPy() throws IOException {
        BoardRun boot = BoardRun.on(device).with("i2c", "0x70=ht16k33").with("phase", "boot").run("seed.py", seed());
        assertEquals("CIRCUITPY LOCKED\n", boot.out);
        assertEquals("false", state().get("circuitpy.usb_writable"));
    }

    @Test
    void remountIsRefusedWhileTheHostHoldsTheDrive() {
        BoardRun code = BoardRun.on(device).run("code.py", """
                import storage
                try:
                    storage.remount('/', False)
                except RuntimeError as e:
                    print('RuntimeError:', e)
                """);
        assertEquals("RuntimeError: Cannot remount path when visible via USB.\n", code.out);
    }

    @Test
    void withoutUsbHostRemountWorksAfterBoot() {
        BoardRun code = BoardRun.on(device).with("usb", "off").run("code.py", """
                import storage
                storage.remount('/', False)
                with open('/w.txt', 'w') as f:
                    f.write('x')
                print(storage.getmount('/').readonly, open('/w.txt').read())
                storage.remount('/', readonly=True)
                print(storage.getmount('/').readonly)
                """);
        assertEquals("False x\nTrue\n", code.out);
    }

    @Test
    void bootPyWritesAnywayAndHidesTheDrive() throws IOException {
        BoardRun boot = BoardRun.on(device).run("boot.py", """
                import storage
                with open('/made_in_boot.txt', 'w') as f:
                    f.write('ok')
                storage.disable_usb_drive()
                print('hidden')
                """);
        assertEquals("hidden\n", boot.out);
        assertTrue(UsbHostView.refusal(state()).contains("not presented"));
        BoardRun code = BoardRun.on(device).run("code.py", """
                import storage
                print(open('/made_in_boot.txt').read())
                with open('/after.txt', 'w') as f:
                    f.write('y')
                try:
                    storage.disable_usb_drive()
                except RuntimeError as e:
                    print('RuntimeError:', e)
                """);
        assertEquals("ok\nRuntimeError: Cannot change USB devices now\n", code.out);
    }

    @Test
    void storageRefusals() {
        BoardRun code = BoardRun.on(null).with("usb", "off").run("code.py", """
                import storage
                for f, a in ((storage.remount, ('/lib',)), (storage.getmount, ('/nope',)), (storage.umount, ('/x',))):
                    try:
                        f(*a)
                    except OSError as e:
                        print('OSError:', e)
                try:
                    storage.mount(42, '/sd')
                except TypeError as e:
                    print('TypeError:', e)
                try:
                    storage.mount(storage.getmount('/'), '/nodir')
                except RuntimeError as e:
                    print('RuntimeError:', e)
                try:
                    storage.erase_filesystem(extended=True)
                except NotImplementedError as e:
                    print('NotImplementedError:', e)
                try:
                    open('/x.txt', 'rw')
                except ValueError as e:
                    print('ValueError:', e)
                print(storage.getmount('/').label, storage.VfsFat)
                """);
        assertEquals("""
                OSError: [Errno 22] Invalid argument
                OSError: [Errno 22] Invalid argument
                OSError: [Errno 22] Invalid argument
                TypeError: filesystem must be of type VfsFat, not int
                RuntimeError: Mount point directory missing
                NotImplementedError: extended=True
                ValueError: Invalid mode
                CIRCUITPY <class 'VfsFat'>
                """, code.out);
    }

    @Test
    void circuitpyIsFormattedAsCircuitPythonFormatsIt() throws IOException {
        BoardRun first = BoardRun.on(device).run("code.py", """
                import os
                print(os.listdir('/'))
                print(open('/code.py').read(), end='')
                """);
        assertEquals("['.fseventsd', '.metadata_never_index', '.Trashes', '.Trash-1000', 'settings.toml', "
                + "'code.py', 'lib']\nprint(\"Hello World!\")\n", first.out);
        byte[] mbr = new byte[512];
        byte[] volume = new byte[512];
        try (RandomAccessFile img = new RandomAccessFile(device.resolve("flash.img").toFile(), "r")) {
            img.seek(0x100000);
            img.readFully(mbr);
            img.seek(0x100000 + 63 * 512);
            img.readFully(volume);
        }
        assertEquals(0x55, mbr[510] & 0xFF);
        assertEquals(0xAA, mbr[511] & 0xFF);
        assertEquals(63, (mbr[446 + 8] & 0xFF) | (mbr[446 + 9] & 0xFF) << 8, "partition 1 starts at sector 63");
        assertEquals(0x55, volume[510] & 0xFF);
        assertTrue(new String(volume, StandardCharsets.ISO_8859_1).contains("CIRCUITPY  FAT"), "labelled FAT12/16");
        BoardRun again = BoardRun.on(device).run("code.py", "print(open('/code.py').read(), end='')");
        assertEquals("print(\"Hello World!\")\n", again.out, "the second start keeps the drive");
    }

    @Test
    void powerUpRunsBootThenCode() throws IOException {
        BoardRun.on(device).run("boot.py", """
                with open('/boot.py', 'w') as f:
                    f.write('import storage\\nstorage.remount("/", False)\\nprint("in boot")\\n')
                with open('/code.py', 'w') as f:
                    f.write('with open("/log.txt", "w") as f:\\n    f.write("logged")\\nprint("in code")\\n')
                """);
        BoardRun power = BoardRun.on(device).run("", "print(open('/log.txt').read())");
        assertEquals("in boot\ncode.py output:\nin code\n\nCode done running.\nlogged\n", power.out);
        BoardRun after = BoardRun.on(device).run("code.py", "print(open('/boot_out.txt').read().endswith('output:\\nin boot\\n'))");
        assertEquals("True\n", after.out);
    }

    @Test
    void modulesExistOnlyOnCircuitPython() {
        BoardRun trinkey = BoardRun.on(null).run("code.py", """
                try:
                    import vfs
                except ImportError as e:
                    print('ImportError')
                import board, busio, storage, microcontroller
                print(board.board_id, board.SCL, board.SDA, board.NEOPIXEL, board.BUTTON)
                print(microcontroller.pin.GPIO17 is board.SCL, len(microcontroller.cpu.uid))
                """);
        assertEquals("ImportError\nadafruit_qt2040_trinkey board.SCL board.SDA board.NEOPIXEL board.BUTTON\n"
                + "True 8\n", trinkey.out);
        BoardRun unix = BoardRun.on(null).with("board", "unix").run("x.py", """
                for m in ('storage', 'board', 'busio', 'microcontroller'):
                    try:
                        __import__(m)
                    except ImportError:
                        print('no', m)
                """);
        assertEquals("no storage\nno board\nno busio\nno microcontroller\n", unix.out);
    }
}
