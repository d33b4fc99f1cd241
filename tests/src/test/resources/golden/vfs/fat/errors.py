# exit: 1
# VfsFat's error matrix (os.md 1.4) and how each OSError prints, ending with an uncaught one.
import os
import vfs

class RAMBlockDev:
    def __init__(self, block_size, num_blocks):
        self.block_size = block_size
        self.data = bytearray(block_size * num_blocks)

    def readblocks(self, block_num, buf):
        addr = block_num * self.block_size
        buf[:] = self.data[addr : addr + len(buf)]

    def writeblocks(self, block_num, buf):
        addr = block_num * self.block_size
        self.data[addr : addr + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:  # block count
            return len(self.data) // self.block_size
        if op == 5:  # block size
            return self.block_size

bdev = RAMBlockDev(512, 64)
vfs.VfsFat.mkfs(bdev)
vfs.mount(vfs.VfsFat(bdev), "/fat")
os.mkdir("/fat/dir")
os.mkdir("/fat/full")
with open("/fat/full/x", "w") as f:
    f.write("x")
with open("/fat/file", "w") as f:
    f.write("data")

cases = (
    ("stat missing", lambda: os.stat("/fat/missing")),
    ("remove missing", lambda: os.remove("/fat/missing")),
    ("listdir missing", lambda: os.listdir("/fat/missing")),
    ("chdir missing", lambda: os.chdir("/fat/missing")),
    ("open w in missing dir", lambda: open("/fat/missing/new", "w")),
    ("mkdir in missing dir", lambda: os.mkdir("/fat/missing/new")),
    ("file as dir", lambda: open("/fat/file/x")),
    ("listdir file", lambda: os.listdir("/fat/file")),
    ("chdir file", lambda: os.chdir("/fat/file")),
    ("mkdir existing", lambda: os.mkdir("/fat/dir")),
    ("mkdir over file", lambda: os.mkdir("/fat/file")),
    ("rmdir non-empty", lambda: os.rmdir("/fat/full")),
    ("rmdir file", lambda: os.rmdir("/fat/file")),
    ("remove dir", lambda: os.remove("/fat/dir")),
    ("name too long", lambda: open("/fat/" + "n" * 300, "w")),
    ("open dir", lambda: open("/fat/dir")),
    ("open mount point", lambda: open("/fat")),
    ("trailing slash", lambda: os.stat("/fat/dir/")),
)
for label, action in cases:
    try:
        action()
        print(label, "ok")
    except OSError as e:
        print(label, "|", e, "|", e.errno, e.args, repr(e))
print(os.listdir("/fat"))
os.remove("/fat/missing")
