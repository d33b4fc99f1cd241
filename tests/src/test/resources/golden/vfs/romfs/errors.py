# exit: 1
# VfsRom refuses writes (EROFS, printed as a number) and reports missing paths; path rules of romfs.md 2.1.
import os
import vfs

img = (b"\xd2\xcd\x31\x80\x2f\x05\x15\x07boot.py\x02\x0bimport app\n"
       b"\x04\x16\x03lib\x05\x10\x06app.py\x02\x07x = 10\n")
fs = vfs.VfsRom(img)
vfs.mount(fs, "/romfs")
for label, action in (
    ("open w", lambda: open("/romfs/boot.py", "w")),
    ("open new w", lambda: open("/romfs/new.py", "w")),
    ("open ab", lambda: open("/romfs/boot.py", "ab")),
    ("open r+b", lambda: open("/romfs/boot.py", "r+b")),
    ("open dir", lambda: open("/romfs/lib")),
    ("open root", lambda: open("/romfs")),
    ("missing", lambda: open("/romfs/missing.py")),
    ("file with slash", lambda: os.stat("/romfs/boot.py/")),
    ("double slash", lambda: os.stat("/romfs//lib")),
    ("listdir missing", lambda: os.listdir("/romfs/nope")),
    ("chdir lib", lambda: os.chdir("/romfs/lib")),
):
    try:
        r = action()
        print(label, "ok", r)
    except OSError as e:
        print(label, e)
print(os.stat("/romfs/lib/")[0], fs.stat("lib/app.py")[6], fs.getcwd() == "")
for name in ("mkdir", "rmdir", "remove", "rename"):
    print(name, hasattr(fs, name))
try:
    os.rename("/romfs/boot.py", "/romfs/b.py")
except AttributeError as e:
    print(e)
with open("/romfs/lib/app.py") as f:
    try:
        f.write("y")
    except AttributeError as e:
        print(e)
vfs.umount("/romfs")
vfs.VfsRom(img[:30])
