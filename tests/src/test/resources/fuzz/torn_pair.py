# mpy fuzz example that must fail: two copies of a counter written to two blocks without any
# commit protocol, so a power cut between the two writes leaves them different.
BLOCKS = 4
BLOCK_SIZE = 512
MEDIUM = 'ram'


def workload(bdev):
    for n in range(1, 4):
        data = bytes([n]) * BLOCK_SIZE
        bdev.writeblocks(0, data)
        bdev.writeblocks(1, data)


def check(bdev):
    a = bytearray(BLOCK_SIZE)
    b = bytearray(BLOCK_SIZE)
    bdev.readblocks(0, a)
    bdev.readblocks(1, b)
    assert a == b, 'copies differ: %d vs %d' % (a[0], b[0])
