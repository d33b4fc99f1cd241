package org.mpyjvm.ports.board;

/**
 * One ROM segment served by {@code vfs.rom_ioctl} (BOARDS.md section 4).
 *
 * @param address        CPU address where the segment is mapped, or -1
 * @param eraseUnit      erase unit inside the segment (0: no erase, MRAM)
 * @param style          'M' (op 2 gives a memoryview, ops 3-6 write) or 'O' (op 2 gives a block-device object,
 *                       ops 3-6 return -22)
 * @param prepareResult  what op 3 returns: the minimum write size
 * @param granularity    what op 6 returns (negative: op 6 unsupported and only the 3-argument op 3 exists)
 * @param completeResult what op 5 returns
 * @param blockSize      block size of the style-O object
 * @param typeName       Python type of the style-O object ({@code Flash}, {@code Partition}, ...), else null
 * @param repr           what {@code print(vfs.rom_ioctl(2, 0))} shows
 * @param fresh          {@code blank} or {@code romfs-empty} (the unix ROM starts as {@code d2 cd 31 00})
 */
public record RomSegment(int index, String medium, long offset, long size, long address, long eraseUnit, char style,
                         int prepareResult, int granularity, int completeResult, int blockSize, String typeName,
                         String repr, String fresh) {
    public long end() {
        return offset + size;
    }
}
