package org.mpyjvm.runtime.romfs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.StatVfs;

/** The reader against hand-made images, with the byte sequences and results romfs.md sections 1 to 4 give. */
class RomfsImageTest {
    /** romfs.md section 3: boot.py + lib/app.py, as mpremote writes it (52 bytes). */
    static final byte[] WORKED = HexFormat.of().parseHex(
            "d2cd31802f0515076" + "26f6f742e7079020b696d706f7274206170700a041603"
            + "6c696205100661707" + "02e7079020778203d2031300a");

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static RomfsFilesystem fs(byte[] image) throws StorageException {
        return new RomfsFilesystem(ByteRegion.of(image));
    }

    private static String read(FileHandle f) throws StorageException {
        byte[] buf = new byte[(int) f.size()];
        int n = f.read(buf, 0, buf.length);
        return new String(buf, 0, n);
    }

    @Test
    void workedExampleListsAndStatsAsMicroPython() throws StorageException {
        assertEquals(52, WORKED.length);
        RomfsFilesystem fs = fs(WORKED);
        assertEquals(List.of(new DirEntry("boot.py", DirEntry.FILE, 0, 11), new DirEntry("lib", DirEntry.DIR, 0, 18)),
                fs.ilistdir("/"));
        assertEquals(List.of(new DirEntry("app.py", DirEntry.FILE, 0, 7)), fs.ilistdir("/lib"));
        assertEquals(47, fs.stat("/").size());
        assertEquals(47, fs.stat("").size());
        assertEquals(18, fs.stat("/lib").size());
        assertTrue(fs.stat("/lib").isDir());
        assertEquals(11, fs.stat("/boot.py").size());
        assertEquals(new StatVfs(1, 0, 47, 0, 0, 0, 0, 0, 0, 32767), fs.statvfs("/"));
        assertEquals("x = 10\n", read(fs.open("/lib/app.py", OpenMode.READ)));
        assertEquals("import app\n", read(fs.open("boot.py", OpenMode.parse("r"))));
    }

    @Test
    void indirectDataPointsIntoThePayload() throws StorageException {
        RomfsFilesystem fs = fs(hex("d2cd3112 020401020304 050a05612e62696e03020402"));
        assertEquals(List.of(new DirEntry("a.bin", DirEntry.FILE, 0, 4)), fs.ilistdir(""));
        ByteRegion view = fs.fileView("/a.bin");
        assertEquals(4, view.length());
        assertEquals(0x03, view.get(2));
        FileHandle f = fs.open("/a.bin", OpenMode.READ);
        byte[] buf = new byte[8];
        assertEquals(4, f.read(buf, 0, 8));
        assertArrayEquals(new byte[] {1, 2, 3, 4}, java.util.Arrays.copyOf(buf, 4));
    }

    @Test
    void badHeadersAreEnodev() {
        for (String bad : new String[] {"", "d2cd31", "d2cd3000", "d2cd3105", "d2cd31ff", "d1cd3100", "0000000000"}) {
            StorageException e = assertThrows(StorageException.class, () -> fs(hex(bad)), bad);
            assertEquals(Errno.ENODEV, e.errno(), bad);
        }
    }

    @Test
    void emptyImageAndTrailingBytes() throws StorageException {
        assertEquals(List.of(), fs(hex("d2cd3100")).ilistdir("/"));
        assertEquals(0, fs(hex("d2cd3100 ffffffff")).statvfs("/").blocks());
        assertEquals(4, new RomfsImage(ByteRegion.of(hex("d2cd3100ffff"))).imageLength());
    }

    @Test
    void pathRulesFollowUpstream() throws StorageException {
        RomfsImage img = new RomfsImage(ByteRegion.of(WORKED));
        assertNotNull(img.lookup("/lib/"));
        assertTrue(img.lookup("lib/").isDir());
        assertNull(img.lookup("//lib"));
        assertNull(img.lookup("/lib//app.py"));
        assertNull(img.lookup("/boot.py/"));
        assertNull(img.lookup("/boot"));
        assertNull(img.lookup("/Boot.py"));
        assertNull(img.lookup("/lib/app.py/x"));
        assertEquals("app.py", img.lookup("/lib/app.py").name());
    }

    @Test
    void firstMatchWinsAndUnknownKindsAreSkipped() throws StorageException {
        // kind 0x50 (unknown, 2 bytes), padding, then two files named "a": only the first is visible by path.
        byte[] image = hex("d2cd31 15 50 02 abcd 01 01 00 05 05 0161 02 01 31 05 05 0161 02 01 32");
        RomfsFilesystem fs = fs(image);
        assertEquals("1", read(fs.open("/a", OpenMode.READ)));
        assertEquals(2, fs.ilistdir("/").size());
    }

    @Test
    void kindZeroEndsTheLevel() throws StorageException {
        byte[] image = hex("d2cd31 0d 05 05 0161 02 01 31 00 00 05 02 0162");
        RomfsFilesystem fs = fs(image);
        assertEquals(1, fs.ilistdir("/").size());
        assertThrows(StorageException.class, () -> fs.stat("/b"));
    }

    @Test
    void fileWithoutDataIsMissingAndEndsTheListing() throws StorageException {
        // "a" has only a padding record, "b" is fine but comes after it.
        byte[] image = hex("d2cd31 0e 05 04 0161 01 00 05 06 0162 02 02 6869");
        RomfsFilesystem fs = fs(image);
        assertEquals(List.of(), fs.ilistdir("/"));
        assertEquals(Errno.ENOENT, assertThrows(StorageException.class, () -> fs.stat("/a")).errno());
        assertEquals(2, fs.stat("/b").size());
    }

    @Test
    void pointerOutsideThePayloadIsRejected() throws StorageException {
        // size 4 at offset 200: far outside the 10-byte payload.
        RomfsFilesystem fs = fs(hex("d2cd31 0a 05 08 0161 03 04 04 81 48 00"));
        assertEquals(Errno.ENOENT, assertThrows(StorageException.class, () -> fs.open("/a", OpenMode.READ)).errno());
        assertEquals(List.of(), fs.ilistdir("/"));
    }

    @Test
    void writesAreRefused() throws StorageException {
        RomfsFilesystem fs = fs(WORKED);
        for (String mode : new String[] {"w", "a", "r+", "wb", "ab", "x+"}) {
            StorageException e = assertThrows(StorageException.class, () -> fs.open("/boot.py", OpenMode.parse(mode)));
            assertEquals(Errno.EROFS, e.errno(), mode);
        }
        assertNotNull(fs.open("/boot.py", OpenMode.parse("x")));
        assertEquals(Errno.EISDIR, assertThrows(StorageException.class, () -> fs.open("/lib", OpenMode.READ)).errno());
        assertEquals(Errno.ENOENT, assertThrows(StorageException.class, () -> fs.open("/no", OpenMode.READ)).errno());
        assertEquals(Errno.ENOENT, assertThrows(StorageException.class, () -> fs.ilistdir("/boot.py")).errno());
        assertEquals(Errno.EPERM, assertThrows(StorageException.class, () -> fs.mount(false, true)).errno());
        assertEquals(Errno.EROFS, assertThrows(StorageException.class, () -> fs.mkdir("/x")).errno());
        assertFalse(RomfsFilesystem.METHODS.contains("mkdir"));
        assertTrue(RomfsFilesystem.METHODS.contains("statvfs"));
        assertEquals("VfsRom", fs.typeName());
    }

    @Test
    void chdirOnlyToRoot() throws StorageException {
        RomfsFilesystem fs = fs(WORKED);
        fs.chdir("/");
        assertEquals("", fs.getcwd());
        assertEquals(Errno.EOPNOTSUPP, assertThrows(StorageException.class, () -> fs.chdir("/lib")).errno());
    }

    @Test
    void seekClampsAndRejectsNegative() throws StorageException {
        FileHandle f = fs(WORKED).open("/boot.py", OpenMode.READ);
        assertEquals(11, f.seek(100, FileHandle.SEEK_SET));
        assertEquals(6, f.seek(-5, FileHandle.SEEK_END));
        assertEquals(7, f.seek(1, FileHandle.SEEK_CUR));
        assertEquals(Errno.EINVAL, assertThrows(StorageException.class, () -> f.seek(-20, FileHandle.SEEK_CUR)).errno());
        byte[] b = new byte[10];
        assertEquals(4, f.read(b, 0, 10));
        assertEquals(0, f.read(b, 0, 10));
    }

    @Test
    void fileViewIsZeroCopy() throws StorageException {
        byte[] image = WORKED.clone();
        RomfsFilesystem fs = fs(image);
        ByteRegion view = fs.fileView("/lib/app.py");
        assertEquals('x', view.get(0));
        image[45] = 'y';
        assertEquals('y', view.get(0));
        RomfsFileHandle f = (RomfsFileHandle) fs.open("/lib/app.py", OpenMode.READ);
        assertEquals(45, f.imageOffset());
    }

    @Test
    void varuintEncoding() {
        assertArrayEquals(hex("00"), RomfsWriter.varuint(0));
        assertArrayEquals(hex("7f"), RomfsWriter.varuint(127));
        assertArrayEquals(hex("8100"), RomfsWriter.varuint(128));
        assertArrayEquals(hex("8148"), RomfsWriter.varuint(200));
        assertArrayEquals(hex("d2cd31"), RomfsWriter.varuint(RomfsImage.KIND_FILESYSTEM));
    }

    @Test
    void writerReproducesTheWorkedExamples() {
        RomfsWriter w = new RomfsWriter();
        w.addFile("boot.py", "import app\n".getBytes());
        w.openDir("lib");
        w.addFile("app.py", "x = 10\n".getBytes());
        w.closeDir();
        assertArrayEquals(WORKED, w.finish());

        RomfsWriter indirect = new RomfsWriter();
        long at = indirect.addData(new byte[] {1, 2, 3, 4});
        assertEquals(2, at);
        indirect.addFileIndirect("a.bin", 4, at);
        assertArrayEquals(hex("d2cd3112 020401020304 050a05612e62696e03020402"), indirect.finish());
    }
}
