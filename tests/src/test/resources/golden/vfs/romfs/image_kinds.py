# VfsRom over bytes, bytearray and memoryview images built here (romfs.md record format),
# including indirect data (kind 3), padding records and nested directories.
import os
import vfs


def varuint(n):
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.insert(0, 0x80 | (n & 0x7F))
        n >>= 7
    return bytes(out)


def record(kind, payload):
    return varuint(kind) + varuint(len(payload)) + payload


def named(kind, name, children):
    return record(kind, varuint(len(name)) + name + children)


def image(children):
    return b"\xd2\xcd\x31" + varuint(len(children)) + children


tree = (
    record(1, b"\x00\x00")  # padding
    + named(5, b"a.txt", record(2, b"alpha\n"))
    + named(4, b"sub", named(5, b"b.bin", record(2, bytes(range(10)))) + named(4, b"deeper", named(5, b"c", record(2, b"C"))))
    + named(5, b"empty", record(2, b""))
)
img = image(tree)
print(len(img), varuint(300), varuint(127), varuint(128))

for label, buf in (("bytes", img), ("bytearray", bytearray(img)), ("memoryview", memoryview(bytearray(img + b"junk")))):
    fs = vfs.VfsRom(buf)
    vfs.mount(fs, "/romfs")
    print(label, os.listdir("/romfs"), os.listdir("/romfs/sub"), os.listdir("/romfs/sub/deeper"))
    print(open("/romfs/a.txt").read(), open("/romfs/sub/b.bin", "rb").read(), open("/romfs/sub/deeper/c").read())
    print(os.stat("/romfs/empty"), repr(open("/romfs/empty").read()))
    print(os.statvfs("/romfs")[2], os.stat("/romfs")[6], os.stat("/romfs/sub")[6])
    vfs.umount("/romfs")

# Indirect data: a verbatim record at the root holds the bytes, the file points at it (romfs.md 3).
ind = bytes.fromhex("d2cd3112020401020304050a05612e62696e03020402")
vfs.mount(vfs.VfsRom(ind), "/ind")
print(list(os.ilistdir("/ind")), open("/ind/a.bin", "rb").read())
vfs.umount("/ind")

# The image object is kept, not copied: changing a bytearray changes what the files read.
live = bytearray(img)
vfs.mount(vfs.VfsRom(live), "/live")
pos = live.find(b"alpha")
for i, c in enumerate(b"ALPHA"):
    live[pos + i] = c
print(open("/live/a.txt").read())
vfs.umount("/live")
