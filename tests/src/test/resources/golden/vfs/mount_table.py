# The mount table (vfs.md 2, 3): order, EPERM, umount by path or object, user filesystems written in Python.
import os
import vfs


class UserFS:
    """A filesystem implemented in Python: vfs calls these methods by name."""

    def __init__(self, name):
        self.name = name
        self.cwd = "/"
        self.files = {"/readme.txt": "from " + name, "/pkg/__init__.py": "X = 7\n", "/mod.py": "Y = 'user'\n"}

    def mount(self, readonly, mkfs):
        print(self.name, "mount", readonly, mkfs)

    def umount(self):
        print(self.name, "umount")

    def ilistdir(self, path):
        entries = []
        for p in sorted(self.files):
            if p.count("/") == 1:
                entries.append((p[1:], 0x8000, 0, len(self.files[p])))
        entries.append(("pkg", 0x4000, 0))
        return iter(entries)

    def stat(self, path):
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[path]), 0, 0, 0)
        if path in ("/", "/pkg"):
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)

    def statvfs(self, path):
        return (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)

    def open(self, path, mode):
        return MemFile(self.files[path])

    def chdir(self, path):
        self.cwd = path

    def getcwd(self):
        return self.cwd


class MemFile:
    def __init__(self, text):
        self.text = text

    def read(self, n=-1):
        t, self.text = self.text, ""
        return t

    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


a = UserFS("a")
vfs.mount(a, "/a", readonly=True)
b = UserFS("b")
vfs.mount(b, "/b")
print([mp for fs, mp in vfs.mount()])
print(os.listdir("/")[:3])
print(list(os.ilistdir("/"))[:3])
print(os.listdir("/a"))
print(list(os.ilistdir("/b")))
print(os.stat("/a/readme.txt"))
print(os.statvfs("/b"))
with open("/b/readme.txt") as f:
    print(f.read())

# The object's mount() runs before the mount point is checked, so it is called even when mounting fails.
try:
    vfs.mount(UserFS("c"), "/a")
except OSError as e:
    print("occupied:", e)

# A missing method is an AttributeError on the user object.
try:
    os.mkdir("/a/new")
except AttributeError as e:
    print(e)
try:
    os.stat("/a/missing")
except OSError as e:
    print("user OSError:", e)

# chdir/getcwd go through the object.
os.chdir("/b/pkg")
print(os.getcwd())
os.chdir("/")
print(os.getcwd())

# Imports read modules and packages from a mounted user filesystem.
import sys
sys.path.insert(0, "/b")
import mod
import pkg
print(mod.Y, pkg.X)

# umount by object or by exact path; anything else is EINVAL.
vfs.umount(a)
vfs.umount("/b")
for target in ("/b", "/b/", b):
    try:
        vfs.umount(target)
    except OSError as e:
        print("umount", repr(target) if isinstance(target, str) else "object", e)

# Mount points are stored verbatim, and operations on the virtual root itself are refused.
try:
    vfs.mount(UserFS("d"), 7)
except TypeError as e:
    print("TypeError")
print(os.VfsFat is vfs.VfsFat, os.VfsLfs2 is vfs.VfsLfs2, hasattr(os, "VfsRom"))
print(os.mount is not None, os.umount is not None)
