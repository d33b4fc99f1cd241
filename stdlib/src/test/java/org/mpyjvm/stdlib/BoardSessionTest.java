package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board session: start-up mounts, sys.path, the virtual root, os identity, persisted devices. */
class BoardSessionTest {
    @TempDir
    Path tmp;

    private static String out(String code, String... env) {
        PythonRun r = PythonRun.run(code, env);
        assertEquals(0, r.status(), r.out() + r.err());
        return r.out();
    }

    @Test
    void sysPathAndMountsPerBoard() {
        String code = "import sys, os, vfs\nprint(sys.platform, sys.path, os.getcwd(), vfs.mount())\n";
        assertEquals("linux ['', '.frozen', '/rom', '/rom/lib', '/lib'] / [(<VfsRom>, '/rom'), (<VfsPosix>, '/')]\n",
                out(code));
        assertEquals("zephyr [''] / []\n", out(code, "board=zephyr:reel_board"));
        assertEquals("rp2 ['', '.frozen', '/lib'] / [(<VfsLfs2>, '/')]\n", out(code, "board=rp2"));
    }

    @Test
    void unameFollowsTheBoard() {
        assertEquals("zephyr zephyr 1.29.0 zephyr-reel_board with nrf52840 True\n", out("""
                import os
                u = os.uname()
                print(u.sysname, u[1], u.release, u.machine, u.version.startswith('v1.29.0 on '))
                """, "board=zephyr:reel_board"));
        assertEquals("i.MX RT1050 EVKB-A1 with MIMXRT1052DVL6B\n",
                out("import os\nprint(os.uname()[4])\n", "board=mimxrt"));
    }

    @Test
    void virtualRootWithNothingMounted() {
        assertEquals("""
                (16384, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 512)
                []
                open [Errno 19] ENODEV
                mkdir [Errno 17] EEXIST
                remove [Errno 1] EPERM
                listdir [Errno 19] ENODEV
                """, out("""
                import os
                print(os.stat('/'))
                print(os.statvfs('/'))
                print(os.listdir('/'))
                for label, f in (('open', lambda: open('/x')), ('mkdir', lambda: os.mkdir('/')),
                                 ('remove', lambda: os.remove('/')), ('listdir', lambda: os.listdir('x'))):
                    try:
                        f()
                    except OSError as e:
                        print(label, e)
                """, "board=zephyr:reel_board"));
    }

    @Test
    void errnoModuleAndOsErrorText() {
        assertEquals("""
                2 EEXIST 22
                [Errno 2] ENOENT
                28
                [Errno 2] ENOENT: x.txt
                OSError(28,)
                """, out("""
                import errno
                print(errno.ENOENT, errno.errorcode[17], len(errno.errorcode))
                print(OSError(2))
                print(OSError(28))
                print(OSError(2, 'x.txt'))
                print(repr(OSError(28)))
                """));
    }

    @Test
    void unixRootIsTheDeviceFolder() {
        String device = "device=" + tmp.resolve("dev");
        out("f = open('/hello.txt', 'w')\nf.write('kept')\nf.close()\nimport os\nos.mkdir('/lib')\n"
                + "open('/lib/helper.py', 'w').write('VALUE = 42\\n')\n", device, "fresh=false");
        assertEquals("['rom', 'hello.txt', 'lib'] kept 42\n", out("""
                import os
                import helper
                print(os.listdir('/')[:1] + sorted(os.listdir('/')[1:]), open('hello.txt').read(), helper.VALUE)
                """, device, "fresh=false"));
    }

    @Test
    void romImageDeployedThroughRomIoctlIsMountedAtNextStart() {
        String device = "device=" + tmp.resolve("unix");
        // romfs.md 3: boot.py and lib/app.py; written with ops 3 and 4 as mpremote's deploy does.
        out("""
                import vfs
                img = (b"\\xd2\\xcd\\x31\\x80\\x2f\\x05\\x15\\x07boot.py\\x02\\x0bimport app\\n"
                       b"\\x04\\x16\\x03lib\\x05\\x10\\x06app.py\\x02\\x07x = 10\\n")
                print(vfs.rom_ioctl(3, 0, len(img)), vfs.rom_ioctl(4, 0, 0, img), vfs.rom_ioctl(5, 0))
                """, device, "fresh=false");
        assertEquals("ROM filesystem contents:\n boot.py\n lib\n10 ['', '.frozen', '/rom', '/rom/lib', '/lib']\n",
                out("""
                import os, sys
                print("ROM filesystem contents:")
                for item in os.listdir('/rom'):
                    print(f" {item}")
                import app
                print(app.x, sys.path)
                """, device, "fresh=false"));
    }

    @Test
    void flashAreaExampleTwiceOnAPersistedDevice() throws Exception {
        String device = "device=" + tmp.resolve("reel");
        String script = SharedFolder.example("zephyr_flasharea_lfs2.py");
        assertEquals("Hello world\n", out(script, "board=zephyr:reel_board", device, "fresh=false"));
        PythonRun again = PythonRun.named("zephyr_flasharea_lfs2.py", script, "board=zephyr:reel_board", device,
                "fresh=false");
        assertEquals("""
                Traceback (most recent call last):
                  File "zephyr_flasharea_lfs2.py", line 5, in <module>
                OSError: [Errno 1] EPERM
                """, again.out());
        assertEquals(1, again.status());
        // The second run's mkfs reformatted the partition under the live mount before failing: it is empty now.
        assertEquals("/flash []\n", out("import os\nprint(os.getcwd(), os.listdir())\n",
                "board=zephyr:reel_board", device, "fresh=false"));
    }
}
