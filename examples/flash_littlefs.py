# Keep a boot log on the board's flash with littlefs and read it back; run it twice to see it persist.
# On a simulated Zephyr board the start-up mounts the 'storage' partition at /flash once it holds a filesystem;
# the first run formats it, as you would on a new board.
import os
import vfs
from zephyr import FlashArea

if "flash" not in os.listdir("/"):
    area = FlashArea(FlashArea.STORAGE, 4096)
    print("storage area: %d blocks of %d bytes" % (area.ioctl(4, 0), area.ioctl(5, 0)))
    try:
        vfs.mount(area, "/flash")
    except OSError:
        print("no filesystem yet: formatting littlefs")
        vfs.VfsLfs2.mkfs(area)
        vfs.mount(area, "/flash")

with open("/flash/boot.log", "a") as log:
    log.write("boot\n")

with open("/flash/boot.log") as log:
    print("boots recorded:", log.read().count("boot"))
print("files:", os.listdir("/flash"))
blocks, free = os.statvfs("/flash")[2:4]
print("free: %d of %d blocks" % (free, blocks))
