# exit: 1
# VfsRom refuses writes (EROFS, printed as a number) and reports missing paths; path rules of romfs.md 2.1.
import os
import vfs

img = (b"\xd2\xcd\x31\x80\x2f\x05\x15\x07boot.py\x02\x0bimport app\n"
       b"\x04\x16\x03lib\x05\x10\x06app.py\x02\x07x = 10\n")
fs = vfs.VfsRom(img)
vfs.mount(fs, "/rom")
for label, action in (
    ("open w", lambda: open("/rom/boot.py", "w")),
    ("open new w", lambda: open("/rom/new.py", "w")),
    ("open ab", lambda: open("/rom/boot.py", "ab")),
    ("open r+b", lambda: open("/rom/boot.py", "r+b")),
    ("open dir", lambda: open("/rom/lib")),
    ("open root", lambda: open("/rom")),
    ("missing", lambda: open("/rom/missing.py")),
    ("file with slash", lambda: os.stat("/rom/boot.py/")),
    ("double slash", lambda: os.stat("/rom//lib")),
    ("listdir missing", lambda: os.listdir("/rom/nope")),
    ("chdir lib", lambda: os.chdir("/rom/lib")),
):
    try:
        r = action()
        print(label, "ok", r)
    except OSError as e:
        print(label, e)
print(os.stat("/rom/lib/")[0], fs.stat("lib/app.py")[6], fs.getcwd() == "")
for name in ("mkdir", "rmdir", "remove", "rename"):
    print(name, hasattr(fs, name))
try:
    os.rename("/rom/boot.py", "/rom/b.py")
except AttributeError as e:
    print(e)
with open("/rom/lib/app.py") as f:
    try:
        f.write("y")
    except AttributeError as e:
        print(e)
vfs.umount("/rom")
vfs.VfsRom(img[:30])
