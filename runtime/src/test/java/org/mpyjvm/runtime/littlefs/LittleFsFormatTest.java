package org.mpyjvm.runtime.littlefs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.blockdev.RamDisk;

class LittleFsFormatTest {
    /** littlefs.md section 3.1: block 0 after VfsLfs2.mkfs of 16 x 4096 (prog 32), as MicroPython wrote it. */
    private static final String BLOCK0 = "01000000" + "f00ffff7" + "6c6974746c656673" + "2fe00010"
            + "01000200" + "00100000" + "10000000" + "ff000000" + "ffffff7f" + "fe030000"
            + "7feffc10" + "20000000f4549300" + "0ff0000c" + "9f478be4";

    @Test
    void mkfsWritesTheSuperblockCommitMicroPythonWrites() throws Exception {
        RamDisk disk = new RamDisk(4096, 16, (byte) 0xFF);
        LittleFs.format(disk, LfsConfig.micropython(4096, 16));
        byte[] expected = HexFormat.of().parseHex(BLOCK0);
        byte[] block0 = Arrays.copyOfRange(disk.bytes(), 0, expected.length);
        assertArrayEquals(expected, block0);
        // block 1 holds the same commit with revision 2, and is the active block
        byte[] block1 = Arrays.copyOfRange(disk.bytes(), 4096, 4096 + expected.length);
        assertEquals(2, block1[0]);
        LittleFs fs = LittleFs.mount(disk, LfsConfig.micropython(4096, 16));
        assertEquals(2, fs.usedBlocks());
    }
}
