# VfsRom over the worked example of romfs.md section 3 (mpremote's image of boot.py and lib/app.py).
import os
import sys
import vfs

img = (b"\xd2\xcd\x31\x80\x2f\x05\x15\x07boot.py\x02\x0bimport app\n"
       b"\x04\x16\x03lib\x05\x10\x06app.py\x02\x07x = 10\n")
print(len(img))
vfs.mount(vfs.VfsRom(img), "/r")
print(os.listdir("/r"))
print(list(os.ilistdir("/r")))
print(list(os.ilistdir("/r/lib")))
print(os.stat("/r"))
print(os.stat("/r/lib"))
print(os.stat("/r/boot.py"))
print(os.statvfs("/r"))

# Binary files expose the image bytes in place; text files do not.
f = open("/r/boot.py", "rb")
m = memoryview(f)
print(len(m), bytes(m[:6]))
print(f.read(3), f.tell(), f.seek(100), f.read())
f.close()
print(f.read(), bytes(m[-4:]))
try:
    m[0] = 0
except TypeError as e:
    print(e)
t = open("/r/boot.py")
print(t, t.readline())
try:
    memoryview(t)
except TypeError as e:
    print(e)

for mode in ("w", "a", "r+", "wb"):
    try:
        open("/r/boot.py", mode)
    except OSError as e:
        print(mode, e)
print(repr(open("/r/boot.py", "x").read()))
for label, action in (
    ("missing", lambda: os.stat("/r/nope")),
    ("open dir", lambda: open("/r/lib")),
    ("chdir sub", lambda: os.chdir("/r/lib")),
    ("file as dir", lambda: os.listdir("/r/boot.py")),
):
    try:
        action()
    except OSError as e:
        print(label, e)
try:
    os.mkdir("/r/new")
except AttributeError as e:
    print(e)
try:
    os.remove("/r/boot.py")
except AttributeError as e:
    print(e)

os.chdir("/r")
print(os.getcwd())
os.chdir("/")

# Imports from the image.
sys.path.append("/r/lib")
import app
print(app.x)

# A nested image stored as a file of another image mounts without copying.
outer = (b"\xd2\xcd\x31\x42\x05\x40\x09inner.img\x02" + bytes([len(img)]) + img)
vfs.mount(vfs.VfsRom(outer), "/outer")
print(os.listdir("/outer"))
vfs.mount(vfs.VfsRom(open("/outer/inner.img", "rb")), "/inner")
print(os.listdir("/inner/lib"), open("/inner/lib/app.py").read())

for bad in (b"", b"abcd", b"\xd2\xcd\x31\x7f"):
    try:
        vfs.VfsRom(bad)
    except OSError as e:
        print("bad image:", e)
try:
    vfs.mount(vfs.VfsRom(img), "/r2", mkfs=True)
except OSError as e:
    print("mkfs:", e)
vfs.umount("/inner")
vfs.umount("/outer")
vfs.umount("/r")
