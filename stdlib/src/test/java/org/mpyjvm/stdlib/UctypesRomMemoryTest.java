package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * uctypes addresses of flash-backed memory: every view of a board's ROM segment, and every ROMFS file inside an
 * image held in a bytearray, lies in one simulated address range; writing flash through uctypes is refused.
 */
class UctypesRomMemoryTest {
    private static String out(String code) {
        PythonRun r = PythonRun.run(code, "board=unix");
        assertEquals(0, r.status(), r.out() + r.err());
        return r.out();
    }

    @Test
    void romSegmentViewsShareOneRange() {
        assertEquals("True 16 True\nValueError\n", out("""
                import uctypes, vfs
                seg = vfs.rom_ioctl(2, 0)
                a = uctypes.addressof(seg)
                print(uctypes.addressof(vfs.rom_ioctl(2, 0)) == a, uctypes.addressof(seg[16:]) - a,
                      uctypes.bytes_at(a + 1, 3) == bytes(seg[1:4]))
                try:
                    uctypes.struct(a, {"x": uctypes.UINT8 | 0}).x = 1
                except ValueError:
                    print("ValueError")
                """));
    }

    @Test
    void romfsFilesLieInsideTheirImage() {
        assertEquals("True True True\nb'jello' b'jello'\n", out("""
                import uctypes, vfs
                def rec(kind, payload):
                    return bytes([kind, len(payload)]) + payload
                body = rec(5, b"\\x05a.txt" + rec(2, b"hello"))
                image = bytearray(b"\\xd2\\xcd\\x31" + bytes([len(body)]) + body)
                base = uctypes.addressof(image)
                fs = vfs.VfsRom(memoryview(image))
                with fs.open("a.txt", "rb") as f:
                    a = uctypes.addressof(f)
                    print(a - base == image.find(b"hello"), uctypes.addressof(memoryview(f)) == a,
                          base < a < base + len(image))
                    image[a - base] = ord("j")
                    print(bytes(memoryview(f)), uctypes.bytes_at(a, 5))
                """));
    }
}
