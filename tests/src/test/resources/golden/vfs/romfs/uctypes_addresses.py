# The uctypes patterns of upstream tests/extmod/vfs_rom.py: a ROMFS file's memoryview lies inside its image's
# address range, also for an image nested in another, and two views of one file have one address.
import struct
import uctypes
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


def named(kind, name, body):
    return record(kind, varuint(len(name)) + bytes(name, "ascii") + body)


def make_romfs(entries):
    # entries: (name, bytes) for a file, (name, [entries]) for a directory
    body = b""
    for name, contents in entries:
        if isinstance(contents, list):
            body += named(4, name, make_romfs(contents)[3:])
        else:
            body += named(5, name, record(2, contents))
    return bytearray(varuint(0x14A6B1) + varuint(len(body)) + body)


inner = make_romfs([("test_inner.txt", b"contents_inner"), ("c.py", b"")])
romfs = make_romfs([("fs.romfs", bytes(inner)), ("test.txt", b"contents"), ("dir", [("a.py", b"")])])
base = uctypes.addressof(romfs)
end = base + len(romfs)

fs = vfs.VfsRom(romfs)
with fs.open("test.txt", "rb") as f:
    addr = uctypes.addressof(f)
    data = memoryview(f)
    print("inside image", base <= addr < end, base <= addr + len(data) <= end)
    print("bytes", bytes(data), uctypes.bytes_at(addr, len(data)))
    print("offset in image", addr - base == bytes(romfs).rfind(b"contents"))
    print("same file, same address", uctypes.addressof(memoryview(f)) == addr,
          uctypes.addressof(data[2:]) - addr)

vfs.mount(fs, "/test_rom")
with open("/test_rom/fs.romfs", "rb") as f:
    nested = vfs.VfsRom(memoryview(f))
vfs.mount(nested, "/test_rom2")
with open("/test_rom2/test_inner.txt", "rb") as f:
    addr = uctypes.addressof(f)
    data = memoryview(f)
    print("nested inside outer", base <= addr < end, base <= addr + len(data) <= end)
    print("nested bytes", uctypes.bytes_at(addr, 8))
vfs.umount("/test_rom2")
vfs.umount("/test_rom")

# A struct laid over the image header reads the live bytes.
hdr = uctypes.struct(base, {"magic": (uctypes.ARRAY | 0, uctypes.UINT8 | 3), "kind": uctypes.UINT32 | 0},
                     uctypes.BIG_ENDIAN)
print("header", bytes(hdr.magic), hex(hdr.kind >> 8))
