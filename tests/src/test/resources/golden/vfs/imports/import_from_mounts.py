# import finds modules and packages on mounted FAT, littlefs and ROMFS filesystems through sys.path.
import os
import sys
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

fat_dev = RAMBlockDevice(512, 60)
vfs.VfsFat.mkfs(fat_dev)
vfs.mount(fat_dev, "/fat")
lfs_dev = RAMBlockDevice(512, 60)
vfs.VfsLfs2.mkfs(lfs_dev)
vfs.mount(lfs_dev, "/lfs")

with open("/fat/fatmod.py", "w") as f:
    f.write("NAME = 'fat'\ndef twice(x):\n    return 2 * x\n")
os.mkdir("/lfs/lfspkg")
with open("/lfs/lfspkg/__init__.py", "w") as f:
    f.write("print('lfspkg init')\nVALUE = 7\n")
with open("/lfs/lfspkg/sub.py", "w") as f:
    f.write("from . import VALUE\nRESULT = VALUE * 6\n")

payload = (b"\x05\x17\x09rommod.py\x02\x0bWHERE='rom'"
           b"\x04\x1e\x06rompkg\x05\x15\x0b__init__.py\x02\x07X = 99\n")
img = b"\xd2\xcd\x31" + bytes([len(payload)]) + payload
vfs.mount(vfs.VfsRom(img), "/img")
print(os.listdir("/img"), os.listdir("/img/rompkg"))

sys.path.append("/fat")
sys.path.append("/lfs")
sys.path.append("/img")
import fatmod
print(fatmod.NAME, fatmod.twice(21))
import lfspkg
import lfspkg.sub
print(lfspkg.VALUE, lfspkg.sub.RESULT)
import rommod
import rompkg
print(rommod.WHERE, rompkg.X)
try:
    import nowhere
except ImportError as e:
    print(type(e).__name__, e)
# A relative sys.path entry follows the current directory.
os.mkdir("/fat/lib")
with open("/fat/lib/cwdmod.py", "w") as f:
    f.write("HERE = True\n")
os.chdir("/fat")
sys.path.append("lib")
import cwdmod
print(cwdmod.HERE)
