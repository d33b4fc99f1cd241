package org.mpyjvm.runtime.vfs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;

class VfsTest {
    private final Vfs vfs = new Vfs(4096);
    private final FakeFilesystem flash = new FakeFilesystem("flash");
    private final FakeFilesystem sd = new FakeFilesystem("sd");
    private final FakeFilesystem root = new FakeFilesystem("root");

    private static void assertErrno(int errno, Executable call) {
        assertEquals(errno, assertThrows(StorageException.class, call).errno());
    }

    private List<String> mountPoints() {
        return vfs.mounts().stream().map(MountEntry::mountPoint).toList();
    }

    @Test
    void rootMountStaysLastAndMountsAreListedInOrder() throws StorageException {
        vfs.mount(root, "/", false, false);
        vfs.mount(flash, "/flash", false, false);
        vfs.mount(sd, "/sd", true, false);
        assertEquals(List.of("/flash", "/sd", "/"), mountPoints());
        assertTrue(vfs.mounts().get(1).readonly());
        assertEquals("mount true false", sd.lastCall());
        root.listings.put("/", List.of(new DirEntry("lib", DirEntry.DIR, 0, 0), new DirEntry("a.py", 0x8000, 0, 5)));
        assertEquals(List.of("flash", "sd", "lib", "a.py"), vfs.listdir("/"));
        List<DirEntry> entries = vfs.ilistdir("/");
        assertEquals(new DirEntry("flash", DirEntry.DIR, 0, Vfs.NO_SIZE), entries.get(0));
        assertEquals(5, entries.get(3).size());
    }

    @Test
    void occupiedMountPointIsEpermButTheFilesystemMountRanFirst() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        FakeFilesystem second = new FakeFilesystem("second");
        assertErrno(Errno.EPERM, () -> vfs.mount(second, "/flash", false, true));
        assertEquals(List.of("mount false true"), second.calls);
        assertErrno(Errno.EPERM, () -> vfs.mount(second, "/flash/sub", false, false));
        assertEquals(List.of("/flash"), mountPoints());
    }

    @Test
    void aRootMountDoesNotBlockNamedMountsAndSecondRootGoesFirst() throws StorageException {
        vfs.mount(root, "/", false, false);
        vfs.mount(flash, "/flash", false, false);
        FakeFilesystem root2 = new FakeFilesystem("root2");
        vfs.mount(root2, "/", false, false); // upstream: "/" resolves to the virtual root, never "occupied"
        assertEquals(List.of("/flash", "/", "/"), mountPoints());
        assertSame(root2, vfs.mounts().get(1).fs());
    }

    @Test
    void mountPointWithoutSlashKeepsUpstreamQuirkAndEmptyIsRefused() throws StorageException {
        vfs.mount(flash, "flash", false, false);
        assertEquals(List.of("lash"), vfs.listdir("/"));
        flash.dirs.add("/x");
        vfs.stat("/lash/x");
        assertEquals("stat /x", flash.lastCall());
        assertErrno(Errno.EINVAL, () -> vfs.mount(sd, "", false, false));
    }

    @Test
    void umountByPathOrObjectElseEinval() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        vfs.mount(sd, "/sd", false, false);
        assertErrno(Errno.EINVAL, () -> vfs.umount("/nothing"));
        assertErrno(Errno.EINVAL, () -> vfs.umount("/flash/"));
        assertErrno(Errno.EINVAL, () -> vfs.umount(root));
        vfs.umount("/flash");
        assertEquals("umount", flash.lastCall());
        vfs.umount(sd);
        assertEquals("umount", sd.lastCall());
        assertTrue(vfs.mounts().isEmpty());
        assertErrno(Errno.EINVAL, () -> vfs.umount("/flash"));
    }

    @Test
    void umountOfTheCurrentMountResetsCwdToTheVirtualRoot() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        vfs.chdir("/flash");
        assertEquals("/flash", vfs.getcwd());
        vfs.umount("/flash");
        assertNull(vfs.cwdMount());
        assertEquals("/", vfs.getcwd());
    }

    @Test
    void resolutionHandsTheRestOfThePathToTheFilesystem() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        assertEquals("/a/b", vfs.resolve("/flash/a/b").path());
        assertEquals("/", vfs.resolve("/flash").path());
        assertEquals("/", vfs.resolve("flash").path(), "relative at the virtual root is absolute");
        assertEquals("//x", vfs.resolve("/flash//x").path());
        assertEquals(PathResolution.Kind.NO_MOUNT, vfs.resolve("/flashy").kind());
        assertEquals(PathResolution.Kind.NO_MOUNT, vfs.resolve("/Flash").kind(), "case-sensitive");
        assertTrue(vfs.resolve("/").isVirtualRoot());
        assertTrue(vfs.resolve("").isVirtualRoot());
        vfs.chdir("/flash");
        assertEquals("x/y", vfs.resolve("x/y").path(), "relative inside a mount goes down unchanged");
        assertEquals("..", vfs.resolve("..").path(), "no .. processing: the fs decides");
        assertSame(flash, vfs.resolve("..").mount().fs());
    }

    @Test
    void aRootFilesystemReceivesTheCallersPathUnchanged() throws StorageException {
        vfs.mount(root, "/", false, false);
        vfs.mount(flash, "/flash", false, false);
        assertSame(root, vfs.resolve("/flashy/z").mount().fs());
        assertEquals("/flashy/z", vfs.resolve("/flashy/z").path());
        assertEquals("rel", vfs.resolve("rel").path());
        assertSame(flash, vfs.resolve("/flash/z").mount().fs(), "named mounts shadow the root fs");
    }

    @Test
    void virtualRootStatAndStatvfs() throws StorageException {
        assertEquals(new Stat(DirEntry.DIR, 0, 0), vfs.stat("/"));
        assertEquals(new StatVfs(0, 0, 0, 0, 0, 0, 0, 0, 0, 4096), vfs.statvfs("/"));
        assertEquals(256, new Vfs(256).statvfs("/").namemax());
        vfs.mount(root, "/", false, false);
        assertEquals(new Stat(DirEntry.DIR, 0, 0), vfs.stat("/"));
        assertFalse(root.calls.contains("stat /"));
        assertEquals(255, vfs.statvfs("/").namemax());
        assertEquals("statvfs /", root.lastCall());
    }

    @Test
    void virtualRootRefusesChangesWithEexistOrEperm() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("/"));
        assertErrno(Errno.EEXIST, () -> vfs.mkdir("/flash"));
        assertErrno(Errno.EPERM, () -> vfs.remove("/"));
        assertErrno(Errno.EPERM, () -> vfs.rmdir("/"));
        assertErrno(Errno.EPERM, () -> vfs.rename("/", "/"));
        assertErrno(Errno.EPERM, () -> vfs.open("/", OpenMode.READ));
        assertFalse(flash.calls.stream().anyMatch(c -> c.startsWith("mkdir")));
        vfs.mkdir("/flash/d");
        assertEquals("mkdir /d", flash.lastCall());
    }

    @Test
    void pathsUnderNoMountAreEnodev() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        assertErrno(Errno.ENODEV, () -> vfs.stat("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.stat("x"));
        assertErrno(Errno.ENODEV, () -> vfs.open("/x/f.txt", OpenMode.WRITE));
        assertErrno(Errno.ENODEV, () -> vfs.ilistdir("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.mkdir("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.rmdir("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.remove("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.statvfs("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.chdir("/x"));
        assertErrno(Errno.ENODEV, () -> vfs.rename("/x", "/y"));
    }

    @Test
    void renameAcrossMountsIsEperm() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        vfs.mount(sd, "/sd", false, false);
        assertErrno(Errno.EPERM, () -> vfs.rename("/flash/a", "/sd/a"));
        assertErrno(Errno.EPERM, () -> vfs.rename("/flash/a", "/"));
        assertErrno(Errno.EPERM, () -> vfs.rename("/flash/a", "/nowhere/a"));
        vfs.rename("/flash/a", "/flash/b");
        assertEquals("rename /a /b", flash.lastCall());
    }

    @Test
    void chdirAndGetcwd() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        flash.dirs.add("/sub");
        assertEquals("/", vfs.getcwd());
        vfs.chdir("/flash");
        assertEquals("chdir /", flash.lastCall());
        assertEquals("/flash", vfs.getcwd());
        vfs.chdir("sub");
        assertEquals("chdir sub", flash.lastCall());
        assertEquals("/flash/sub", vfs.getcwd());
        assertErrno(Errno.ENOENT, () -> vfs.chdir("/flash/missing"));
        assertEquals("/flash/sub", vfs.getcwd(), "a failed chdir changes nothing");
        vfs.chdir("/");
        assertEquals("/", vfs.getcwd());
        assertNull(vfs.cwdMount());
    }

    @Test
    void chdirToTheVirtualRootResetsARootFilesystemAndGetcwdIsItsOwn() throws StorageException {
        vfs.mount(root, "/", false, false);
        root.dirs.add("/home");
        vfs.chdir("/home");
        assertEquals("/home", vfs.getcwd(), "a root mount's cwd is shown verbatim");
        vfs.chdir("/");
        assertEquals("chdir /", root.lastCall());
        assertEquals("/", root.cwd);
    }

    @Test
    void getcwdOfAFilesystemReportingEmptyCwdIsTheMountPoint() throws StorageException {
        FakeFilesystem rom = new FakeFilesystem("rom");
        rom.rootCwd = "";
        vfs.mount(rom, "/rom", false, false);
        vfs.chdir("/rom");
        assertEquals("/rom", vfs.getcwd());
    }

    @Test
    void syncReachesOnlyFatByDefault() throws StorageException {
        flash.typeName = "VfsLfs2";
        sd.typeName = "VfsFat";
        vfs.mount(flash, "/flash", false, false);
        vfs.mount(sd, "/sd", false, false);
        vfs.sync();
        assertEquals("mount false false", flash.lastCall());
        assertEquals("sync", sd.lastCall());
        vfs.setSyncPolicy(fs -> true);
        vfs.sync();
        assertEquals("sync", flash.lastCall());
    }

    @Test
    void relativePathsAtTheVirtualRootActAbsolute() throws StorageException {
        vfs.mount(flash, "/flash", false, false);
        vfs.ilistdir("flash/d");
        assertEquals("ilistdir /d", flash.lastCall());
        vfs.mount(sd, "/sd", false, false);
        vfs.chdir("/sd");
        vfs.ilistdir();
        assertEquals("ilistdir ", sd.lastCall(), "no-argument listdir hands the fs an empty path");
    }
}
