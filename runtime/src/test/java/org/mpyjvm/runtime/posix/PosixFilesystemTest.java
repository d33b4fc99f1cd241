package org.mpyjvm.runtime.posix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;
import org.mpyjvm.runtime.vfs.Vfs;

class PosixFilesystemTest {
    @TempDir
    Path base;
    Path rootDir;
    Path outside;
    PosixFilesystem fs;

    @BeforeEach
    void setUp() throws IOException {
        rootDir = Files.createDirectory(base.resolve("root"));
        outside = Files.createDirectory(base.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createDirectory(rootDir.resolve("data"));
        Files.writeString(rootDir.resolve("data/a.txt"), "hello");
        fs = new PosixFilesystem(rootDir);
        fs.mount(false, false);
    }

    private static void assertErrno(int errno, Executable call) {
        assertEquals(errno, assertThrows(StorageException.class, call).errno());
    }

    private String readAll(String path) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.READ);
        byte[] buf = new byte[1000];
        int n = f.read(buf, 0, buf.length);
        f.close();
        return new String(buf, 0, n, StandardCharsets.UTF_8);
    }

    private void writeAll(String path, String text) throws StorageException {
        FileHandle f = fs.open(path, OpenMode.WRITE);
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        f.write(b, 0, b.length);
        f.close();
    }

    private List<String> names(String path) throws StorageException {
        return fs.ilistdir(path).stream().map(DirEntry::name).sorted().collect(Collectors.toList());
    }

    @Test
    void dotDotCannotClimbAboveTheFolder() throws StorageException {
        assertErrno(Errno.ENOENT, () -> fs.open("../outside/secret.txt", OpenMode.READ));
        assertErrno(Errno.ENOENT, () -> fs.open("/../../outside/secret.txt", OpenMode.READ));
        assertErrno(Errno.ENOENT, () -> fs.open("data/../../../outside/secret.txt", OpenMode.READ));
        assertEquals("hello", readAll("/../data/./a.txt"));
        writeAll("../../escape.txt", "x");
        assertTrue(Files.exists(rootDir.resolve("escape.txt")));
        assertFalse(Files.exists(base.resolve("escape.txt")));
        fs.chdir("../../..");
        assertEquals("/", fs.getcwd());
        assertEquals(names("/"), names(".."));
    }

    @Test
    void absolutePathsAreInsideTheFolder() throws StorageException {
        assertErrno(Errno.ENOENT, () -> fs.stat("/etc/passwd"));
        assertErrno(Errno.ENOENT, () -> fs.open(outside.resolve("secret.txt").toString(), OpenMode.READ));
        assertEquals("hello", readAll("/data/a.txt"));
    }

    @Test
    void linksLeadingOutsideAreRefused() throws IOException, StorageException {
        Files.createSymbolicLink(rootDir.resolve("link"), outside);
        Files.createSymbolicLink(rootDir.resolve("flink"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(rootDir.resolve("data/up"), Path.of("../../outside"));
        assertErrno(Errno.EACCES, () -> fs.open("/link/secret.txt", OpenMode.READ));
        assertErrno(Errno.EACCES, () -> fs.open("/flink", OpenMode.READ));
        assertErrno(Errno.EACCES, () -> fs.open("/flink", OpenMode.WRITE));
        assertErrno(Errno.EACCES, () -> fs.open("/data/up/secret.txt", OpenMode.READ));
        assertErrno(Errno.EACCES, () -> fs.stat("/link"));
        assertErrno(Errno.EACCES, () -> fs.ilistdir("/link"));
        assertErrno(Errno.EACCES, () -> fs.chdir("/link"));
        assertErrno(Errno.EACCES, () -> fs.mkdir("/link/new"));
        assertErrno(Errno.EACCES, () -> fs.rename("/data/a.txt", "/link/stolen.txt"));
        assertFalse(Files.exists(outside.resolve("new")));
        assertFalse(Files.exists(outside.resolve("stolen.txt")));
        assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
        // Listing reveals nothing about the target; removing the link removes only the link.
        DirEntry shown = fs.ilistdir("/").stream().filter(e -> e.name().equals("link")).findFirst().orElseThrow();
        assertEquals(new DirEntry("link", DirEntry.FILE, 0, 0), shown);
        fs.remove("/link");
        assertFalse(Files.exists(rootDir.resolve("link"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(outside.resolve("secret.txt")));
    }

    @Test
    void danglingLinksCreateNothing() throws IOException {
        Files.createSymbolicLink(rootDir.resolve("dangle"), outside.resolve("created.txt"));
        assertErrno(Errno.ENOENT, () -> fs.open("/dangle", OpenMode.WRITE));
        assertFalse(Files.exists(outside.resolve("created.txt")));
    }

    @Test
    void linksInsideTheFolderWork() throws IOException, StorageException {
        Files.createSymbolicLink(rootDir.resolve("alias"), Path.of("data"));
        assertEquals("hello", readAll("/alias/a.txt"));
        assertTrue(fs.stat("/alias").isDir());
    }

    @Test
    void errnoMatchesTheHost() throws StorageException {
        assertErrno(Errno.ENOENT, () -> fs.stat("/missing"));
        assertErrno(Errno.ENOENT, () -> fs.open("/missing/x", OpenMode.WRITE));
        assertErrno(Errno.EEXIST, () -> fs.mkdir("/data"));
        assertErrno(Errno.ENOTDIR, () -> fs.ilistdir("/data/a.txt"));
        assertErrno(Errno.ENOTDIR, () -> fs.open("/data/a.txt/x", OpenMode.READ));
        assertErrno(Errno.EISDIR, () -> fs.open("/data", OpenMode.READ));
        assertErrno(Errno.EISDIR, () -> fs.remove("/data"));
        assertErrno(Errno.ENOTDIR, () -> fs.rmdir("/data/a.txt"));
        assertErrno(Errno.ENOTEMPTY, () -> fs.rmdir("/data"));
        assertEquals(39, Errno.ENOTEMPTY);
        assertErrno(Errno.ENOENT, () -> fs.remove("/nothing"));
        assertErrno(Errno.ENOENT, () -> fs.chdir("/nothing"));
        assertErrno(Errno.ENOTDIR, () -> fs.chdir("/data/a.txt"));
        assertErrno(Errno.EEXIST, () -> fs.open("/data/a.txt",
                OpenMode.parse("x")));
    }

    @Test
    void renameFollowsRename2() throws StorageException, IOException {
        fs.mkdir("/d1");
        fs.mkdir("/d2");
        writeAll("/d2/f", "f");
        writeAll("/g", "g");
        assertErrno(Errno.EISDIR, () -> fs.rename("/g", "/d1"));
        assertErrno(Errno.ENOTDIR, () -> fs.rename("/d1", "/g"));
        assertErrno(Errno.ENOTEMPTY, () -> fs.rename("/d1", "/d2"));
        assertErrno(Errno.EINVAL, () -> fs.rename("/d1", "/d1/inner"));
        assertErrno(Errno.ENOENT, () -> fs.rename("/nope", "/x"));
        fs.rename("/g", "/data/a.txt");
        assertEquals("g", readAll("/data/a.txt"));
        fs.rename("/d2", "/d1");
        assertEquals("f", readAll("/d1/f"));
        fs.rename("/d1/f", "/d1/f");
        assertEquals("f", Files.readString(rootDir.resolve("d1/f")));
    }

    @Test
    void fileHandlesReadWriteSeekAppendTruncate() throws StorageException {
        FileHandle f = fs.open("/n.bin", OpenMode.parse("w+b"));
        f.write("abcdef".getBytes(), 0, 6);
        assertEquals(2, f.seek(2, FileHandle.SEEK_SET));
        byte[] two = new byte[2];
        assertEquals(2, f.read(two, 0, 2));
        assertArrayEquals("cd".getBytes(), two);
        assertEquals(5, f.seek(-1, FileHandle.SEEK_END));
        assertEquals(4, f.seek(-1, FileHandle.SEEK_CUR));
        assertErrno(Errno.EINVAL, () -> f.seek(-10, FileHandle.SEEK_SET));
        f.truncate(3);
        assertEquals(3, f.size());
        f.truncate(5);
        assertEquals(5, f.size());
        f.close();
        f.close();
        assertTrue(f.isClosed());
        assertErrno(Errno.EBADF, () -> f.read(two, 0, 2));

        FileHandle a = fs.open("/n.bin", OpenMode.parse("a"));
        a.seek(0, FileHandle.SEEK_SET);
        a.write("Z".getBytes(), 0, 1);
        a.close();
        assertEquals(6, fs.stat("/n.bin").size());
        assertEquals("abc\0\0Z", readAll("/n.bin"));
        FileHandle r = fs.open("/n.bin", OpenMode.READ);
        assertErrno(Errno.EBADF, () -> r.write(two, 0, 1));
        r.close();
    }

    @Test
    void statCarriesHostMtimeAndListingHasSizes() throws IOException, StorageException {
        Files.setLastModifiedTime(rootDir.resolve("data/a.txt"), FileTime.fromMillis(1_717_243_200_000L));
        Stat s = fs.stat("/data/a.txt");
        assertEquals(new Stat(DirEntry.FILE, 5, 1_717_243_200L), s);
        assertTrue(fs.stat("/data").isDir());
        assertEquals(List.of(new DirEntry("a.txt", DirEntry.FILE, 0, 5)), fs.ilistdir("/data"));
        StatVfs v = fs.statvfs("/");
        assertTrue(v.bsize() > 0 && v.blocks() > 0 && v.bfree() <= v.blocks());
        assertEquals(255, v.namemax());
    }

    @Test
    void cwdIsKeptAsANormalisedGuestPath() throws StorageException {
        assertEquals("/", fs.getcwd());
        fs.chdir("data");
        assertEquals("/data", fs.getcwd());
        assertEquals("hello", readAll("a.txt"));
        fs.chdir("./../data/..");
        assertEquals("/", fs.getcwd());
    }

    @Test
    void readonlyMountRefusesWrites() throws StorageException {
        fs.mount(true, false);
        assertErrno(Errno.EROFS, () -> fs.open("/new", OpenMode.WRITE));
        assertErrno(Errno.EROFS, () -> fs.mkdir("/new"));
        assertErrno(Errno.EROFS, () -> fs.remove("/data/a.txt"));
        assertErrno(Errno.EROFS, () -> fs.rename("/data/a.txt", "/b"));
        assertEquals("hello", readAll("/data/a.txt"));
    }

    @Test
    void mountedAtTheRootOfTheVfs() throws StorageException {
        Vfs vfs = new Vfs(4096);
        vfs.mount(fs, "/", false, false);
        assertTrue(vfs.listdir("/").contains("data"));
        vfs.chdir("/data");
        assertEquals("/data", vfs.getcwd());
        assertEquals(5, vfs.stat("a.txt").size());
    }
}
