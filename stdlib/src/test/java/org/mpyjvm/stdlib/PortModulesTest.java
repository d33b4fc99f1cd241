package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** zephyr, mimxrt and spark modules on their boards (zephyr-mimxrt.md, BOARDS.md 3 and 6). */
class PortModulesTest {
    private static String out(String code, String board) {
        PythonRun r = PythonRun.run(code, "board=" + board);
        assertEquals(0, r.status(), r.out() + r.err());
        return r.out();
    }

    @Test
    void portModulesOnlyOnTheirBoards() {
        PythonRun r = PythonRun.run("import mimxrt\n", "board=zephyr:reel_board");
        assertEquals("Traceback (most recent call last):\n  File \"test.py\", line 1, in <module>\n"
                + "ImportError: no module named 'mimxrt'\n", r.out());
        assertEquals("no module named 'zephyr'\nno module named 'zephyr'\n", out("""
                for i in range(2):
                    try:
                        import zephyr
                    except ImportError as e:
                        print(e)
                """, "unix"));
        assertEquals("no module named 'vfs'\n", PythonRun.run("""
                try:
                    import vfs
                except ImportError as e:
                    print(e)
                """, "board=circuitpython").out());
        assertEquals("False\n", out("import zephyr\nprint(hasattr(zephyr, 'DiskAccess'))\n", "zephyr:reel_board"));
    }

    @Test
    void flashAreaConstantsAndStatusReturns() {
        assertEquals("""
                4 (4, 4096) FlashArea(4) 8 4096 -1
                0 bytearray(b'\\xff\\xff\\xff\\xff')
                0 0 -5
                0 bytearray(b'\\x00\\x00\\xff\\xff')
                -22
                unable to open flash area
                invalid block size
                """, out("""
                from zephyr import FlashArea
                b = FlashArea(FlashArea.STORAGE, 4096)
                print(FlashArea.STORAGE, FlashArea.areas['storage'], b, b.ioctl(4, 0), b.ioctl(5, 0), b.ioctl(9, 0))
                buf = bytearray(4)
                print(b.readblocks(0, buf), buf)
                print(b.ioctl(6, 0), b.writeblocks(0, b'\\x00\\x00', 0), b.writeblocks(0, b'\\xff', 0))
                print(b.readblocks(0, buf, 0), buf)
                print(b.readblocks(8, buf))
                for args in ((9, 4096), (4, 0)):
                    try:
                        FlashArea(*args)
                    except ValueError as e:
                        print(e)
                """, "zephyr:reel_board"));
    }

    @Test
    void frdmK64fStorageIsFirmware() {
        assertEquals("1 -13 -13 32\n", out("""
                from zephyr import FlashArea
                s = FlashArea(FlashArea.STORAGE, 4096)
                print(FlashArea.STORAGE, s.ioctl(6, 0), s.writeblocks(0, bytearray(4096)), FlashArea(4, 4096).ioctl(4, 0))
                """, "zephyr:frdm_k64f"));
    }

    @Test
    void diskAccessIsSimpleOnly() {
        assertEquals("""
                DiskAccess(SDHC) ('SDHC',) 8388608 512 -1
                function takes 3 positional arguments but 4 were given
                disk not found
                0
                0 bytearray(b'ab\\x00\\x00') bytearray(b'\\x00\\x00\\x00')
                """, out("""
                import zephyr
                d = zephyr.DiskAccess('SDHC')
                print(d, zephyr.DiskAccess.disks, d.ioctl(4, 0), d.ioctl(5, 0), d.ioctl(6, 0))
                try:
                    d.readblocks(0, bytearray(512), 0)
                except TypeError as e:
                    print(e)
                try:
                    zephyr.DiskAccess('SD')
                except ValueError as e:
                    print(e)
                print(d.writeblocks(3, b'ab' + bytes(510) + b'partial'))
                buf = bytearray(512 + 3)
                print(d.readblocks(3, buf), buf[:4], buf[512:])
                """, "zephyr:mimxrt1050_evk"));
    }

    @Test
    void mimxrtFlashSeedContract() {
        assertEquals("""
                True <Flash> 248 262144 None
                65011712 b'\\x01\\x00\\x00\\x00'
                0 0 b'\\xff\\xffabc\\xff'
                [Errno 22] EINVAL
                [Errno 5] EIO
                'memoryview' object doesn't support item assignment
                True 0 b'\\x00\\x00'
                """, out("""
                import mimxrt
                f = mimxrt.Flash()
                print(f is mimxrt.Flash(), f, f.ioctl(4, 0), f.ioctl(5, 0), f.ioctl(99, 0))
                v = memoryview(f)
                print(len(v), bytes(v[:4]))
                print(f.ioctl(6, 247), f.writeblocks(247, b'abc', 2), bytes(v[247 * 262144:247 * 262144 + 6]))
                for call in (lambda: f.readblocks(0, bytearray(10)), lambda: f.writeblocks(247, b'\\xff', 2)):
                    try:
                        call()
                    except OSError as e:
                        print(e)
                try:
                    v[0] = 1
                except TypeError as e:
                    print(e)
                f.writeblocks(246, bytes(262144))
                print(type(f) is type(__import__('vfs').rom_ioctl(2, 0)), f.ioctl(3, 0), bytes(v[246 * 262144:][:2]))
                """, "mimxrt:MIMXRT1050_EVK"));
    }

    @Test
    void mimxrtBootMountsLittlefsAtFlash() {
        assertEquals("['', '.frozen', '/flash', '/flash/lib'] /flash [(<VfsLfs2>, '/flash')]\n", out("""
                import sys, os, vfs
                print(sys.path, os.getcwd(), vfs.mount())
                """, "mimxrt"));
    }

    @Test
    void sparkExternalFlashStartsAtUserArea() {
        assertEquals("<ExternalFlash> 320 4096 1310720\n[Errno 22] EINVAL\n320\n", out("""
                import spark, vfs, os
                e = spark.ExternalFlash()
                print(e, e.ioctl(4, 0), e.ioctl(5, 0), len(memoryview(e)))
                try:
                    e.readblocks(320, bytearray(4096))
                except OSError as x:
                    print(x)
                vfs.VfsLfs2.mkfs(e)
                vfs.mount(e, '/flash')
                print(os.statvfs('/flash')[2])
                """, "spark"));
    }

    @Test
    void strictNorViolationIsReportedOnStderr() {
        PythonRun r = PythonRun.run("""
                from zephyr import FlashArea
                b = FlashArea(FlashArea.STORAGE, 4096)
                b.ioctl(6, 0)
                b.writeblocks(0, b'\\x00', 0)
                print(b.writeblocks(0, b'\\x01', 0))
                """, "board=zephyr:reel_board");
        assertEquals("-5\n", r.out());
        assertTrue(r.err().contains("program would set bits 0->1"), r.err());
        PythonRun and = PythonRun.run(r.out().isEmpty() ? "" : """
                from zephyr import FlashArea
                b = FlashArea(FlashArea.STORAGE, 4096)
                b.ioctl(6, 0)
                b.writeblocks(0, b'\\x0f', 0)
                print(b.writeblocks(0, b'\\xf1', 0))
                buf = bytearray(1)
                b.readblocks(0, buf)
                print(buf)
                """, "board=zephyr:reel_board", "nor=and");
        assertEquals("0\nbytearray(b'\\x01')\n", and.out(), and.err());
    }
}
