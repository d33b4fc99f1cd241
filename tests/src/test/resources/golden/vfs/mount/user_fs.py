# Any object with the filesystem methods can be mounted (vfs.md 4); the VFS passes mount-relative paths.
import os
import vfs


class LoggingFS:
    def __init__(self, name):
        self.name = name

    def mount(self, readonly, mkfs):
        print(self.name, "mount", readonly, mkfs)

    def umount(self):
        print(self.name, "umount")

    def ilistdir(self, path):
        print(self.name, "ilistdir", repr(path))
        yield ("a", 0x8000, 0, 1)
        yield ("d", 0x4000, 0, 0)

    def stat(self, path):
        print(self.name, "stat", repr(path))
        return (0x8000, 0, 0, 0, 0, 0, 42, 0, 0, 0)

    def statvfs(self, path):
        print(self.name, "statvfs", repr(path))
        return (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

    def open(self, path, mode):
        print(self.name, "open", repr(path), repr(mode))
        return "file " + path

    def chdir(self, path):
        print(self.name, "chdir", repr(path))

    def getcwd(self):
        print(self.name, "getcwd")
        return "/sub"

    def mkdir(self, path):
        print(self.name, "mkdir", repr(path))

    def remove(self, path):
        print(self.name, "remove", repr(path))

    def rename(self, old, new):
        print(self.name, "rename", repr(old), repr(new))

    def rmdir(self, path):
        print(self.name, "rmdir", repr(path))


fs = LoggingFS("u")
vfs.mount(fs, "/u", readonly=1)
print(os.listdir("/u"))
print(list(os.ilistdir("/u/d")))
print(os.stat("/u/a")[6], os.stat("/u"))
print(os.statvfs("/u/x"))
print(open("/u/a", "rb"))
print(open("/u/b"))
os.mkdir("/u/new")
os.remove("/u/a")
os.rename("/u/a", "/u/b/c")
os.rmdir("/u/d")
os.chdir("/u/d")
print(os.getcwd())
print(os.listdir(b"/u"))
# The new filesystem's mount() runs before the mount point is checked.
try:
    vfs.mount(LoggingFS("v"), "/u")
except OSError as e:
    print(e)
vfs.umount(fs)
print(os.getcwd())
