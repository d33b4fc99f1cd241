# VfsRom file objects: read APIs, seek with whence, memoryview(f) zero-copy views of the image.
import os
import vfs


def rec(kind, payload):
    assert len(payload) < 128
    return bytes([kind, len(payload)]) + payload


def file(name, data):
    return rec(5, bytes([len(name)]) + name + rec(2, data))


payload = file(b"t.txt", b"one\ntwo\nthree") + file(b"b.bin", bytes(range(40, 60)))
img = b"\xd2\xcd\x31" + bytes([len(payload)]) + payload
vfs.mount(vfs.VfsRom(img), "/romfs")

with open("/romfs/t.txt") as f:
    print(f.readline(), f.readlines())
with open("/romfs/t.txt") as f:
    print([x for x in f])
with open("/romfs/t.txt", "rt") as f:
    print(f.read(5), f.tell(), f.seek(-5, 2), f.read(), f.seek(2, 0), f.seek(3, 1), f.read(1))

f = open("/romfs/b.bin", "rb")
print(f)
print(f.seek(100), f.read(), f.seek(-3, 2), f.read())
for whence, off in ((0, -1), (1, -100), (2, -21)):
    f.seek(5)
    try:
        f.seek(off, whence)
    except OSError as e:
        print("seek", off, whence, e, f.tell())
buf = bytearray(8)
f.seek(15)
print(f.readinto(buf), buf, f.readinto(buf))

m = memoryview(f)
print(len(m), m[0], m[-1], bytes(m[2:5]))
# The view is a window on the image itself: its bytes are the image's bytes at the file's data.
start = img.find(bytes(range(40, 60)))
print(bytes(m) == img[start : start + 20], m.readonly if hasattr(m, "readonly") else True)
f.close()
print(bytes(m[:2]))
vfs.umount("/romfs")
