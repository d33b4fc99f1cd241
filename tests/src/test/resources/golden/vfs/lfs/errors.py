# exit: 1
# VfsLfs2's error matrix (os.md 1.4): littlefs numbers without an errno name print bare.
import os
import vfs

class RAMBlockDevice:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(b"\xff" * (block_size * num_blocks))

    def readblocks(self, block, buf, off=0):
        addr = block * self.block_size + off
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block, buf, off=None):
        if off is None:
            # Simple protocol: whole blocks, erased first.
            for i in range(len(buf) // self.block_size):
                self.ioctl(6, block + i)
            off = 0
        addr = block * self.block_size + off
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size
        if op == 6:  # erase
            addr = arg * self.block_size
            self.data[addr : addr + self.block_size] = b"\xff" * self.block_size
            return 0

bdev = RAMBlockDevice(512, 64)
vfs.VfsLfs2.mkfs(bdev)
vfs.mount(vfs.VfsLfs2(bdev), "/lfs")
os.chdir("/lfs")
os.mkdir("dir")
os.mkdir("full")
os.mkdir("full2")
for name in ("full/x", "full2/y", "file", "f2", "f3"):
    with open(name, "w") as f:
        f.write(name)

cases = (
    ("stat missing", lambda: os.stat("missing")),
    ("open missing", lambda: open("missing")),
    ("open w in missing dir", lambda: open("missing/new", "w")),
    ("mkdir in missing dir", lambda: os.mkdir("missing/new")),
    ("file as dir", lambda: os.stat("file/x")),
    ("open file as dir", lambda: open("file/x", "w")),
    ("listdir file", lambda: os.listdir("file")),
    ("chdir file", lambda: os.chdir("file")),
    ("chdir missing", lambda: os.chdir("missing")),
    ("mkdir existing", lambda: os.mkdir("dir")),
    ("rmdir non-empty", lambda: os.rmdir("full")),
    ("remove non-empty dir", lambda: os.remove("full")),
    ("open dir", lambda: open("dir")),
    ("open mount point", lambda: open("/lfs")),
    ("name too long", lambda: open("n" * 300, "w")),
    ("rename file onto dir", lambda: os.rename("f2", "dir")),
    ("rename dir onto file", lambda: os.rename("dir", "f2")),
    ("rename dir onto non-empty dir", lambda: os.rename("dir", "full")),
    ("trailing slash", lambda: os.stat("dir/")),
    ("rmdir file", lambda: os.rmdir("f3")),
    ("remove empty dir", lambda: os.remove("dir")),
    ("rename onto file", lambda: os.rename("f2", "file")),
)
for label, action in cases:
    try:
        r = action()
        print(label, "ok", r if label != "trailing slash" else r[0])
    except OSError as e:
        print(label, "|", e, "|", repr(e))
print(sorted(os.listdir()), open("file").read())
os.rmdir("full")
