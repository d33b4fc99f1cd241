# mpy fuzz example: a settings file rewritten on littlefs must survive a power cut at any write.
# workload() formats the medium and rewrites /settings.txt and appends to /log.txt a few times;
# check() mounts what is left and asserts every file holds one complete generation.
import vfs

BLOCKS = 32
BLOCK_SIZE = 512


def workload(bdev):
    vfs.VfsLfs2.mkfs(bdev)
    fs = vfs.VfsLfs2(bdev)
    for gen in range(4):
        f = fs.open('/settings.txt', 'w')
        f.write(('gen=%d;' % gen) * 20)
        f.close()
        f = fs.open('/log.txt', 'a')
        f.write('entry %d\n' % gen)
        f.close()


def check(bdev):
    try:
        fs = vfs.VfsLfs2(bdev)
    except OSError:
        # the cut hit mkfs before its first commit: nothing was promised yet
        return
    names = [e[0] for e in fs.ilistdir('/')]
    if 'settings.txt' in names:
        f = fs.open('/settings.txt', 'r')
        text = f.read()
        f.close()
        if text:
            gen = text[:6]
            assert text == gen * 20, 'torn settings: %r' % text
    if 'log.txt' in names:
        f = fs.open('/log.txt', 'r')
        lines = f.read().split('\n')
        f.close()
        for i, line in enumerate(lines[:-1]):
            assert line == 'entry %d' % i, 'bad log line %r' % line
