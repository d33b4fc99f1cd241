package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;

/**
 * The CIRCUITPY region as FatFs sees it on a CircuitPython board: 512-byte blocks on a NOR chip whose erase unit
 * is 4 KiB. CircuitPython's flash layer keeps the sector in a RAM cache and rewrites it whole; this does the same
 * read-modify-erase-program per sector at once (write-through), so the chip always holds what the filesystem
 * wrote and a sector whose bytes do not change is neither erased nor programmed.
 */
final class SectorCachedFlash implements BlockDevice {
    static final int BLOCK = 512;

    private final MemoryRegion region;
    private final int sector;
    private final long blocks;

    SectorCachedFlash(MemoryRegion region, int eraseUnit) {
        if (eraseUnit < BLOCK || eraseUnit % BLOCK != 0 || region.length() % eraseUnit != 0) {
            throw new IllegalArgumentException("CIRCUITPY must be whole " + eraseUnit + "-byte sectors");
        }
        this.region = region;
        this.sector = eraseUnit;
        this.blocks = region.length() / BLOCK;
    }

    @Override
    public int blockSize() {
        return BLOCK;
    }

    @Override
    public long blockCount() {
        return blocks;
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        region.read(at(block, offset, len), dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        if (len % BLOCK != 0) {
            throw new StorageException(Errno.EINVAL, "length is not a whole number of blocks");
        }
        long at = at(block, 0, len);
        byte[] buffer = new byte[sector];
        int done = 0;
        while (done < len) {
            long sectorStart = (at + done) / sector * sector;
            int inSector = (int) (at + done - sectorStart);
            int n = Math.min(len - done, sector - inSector);
            region.read(sectorStart, buffer, 0, sector);
            if (!sameBytes(buffer, inSector, src, srcOff + done, n)) {
                System.arraycopy(src, srcOff + done, buffer, inSector, n);
                region.erase(sectorStart, sector);
                region.program(sectorStart, buffer, 0, sector);
            }
            done += n;
        }
    }

    private static boolean sameBytes(byte[] a, int aOff, byte[] b, int bOff, int n) {
        return java.util.Arrays.equals(a, aOff, aOff + n, b, bOff, bOff + n);
    }

    /** FatFs only writes whole blocks here; a partial program is a whole-block rewrite of its bytes. */
    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        byte[] whole = new byte[BLOCK];
        long at = at(block, offset, len);
        if (offset + len > BLOCK) {
            throw new StorageException(Errno.EINVAL, "program crosses a block");
        }
        region.read(at - offset, whole, 0, BLOCK);
        System.arraycopy(src, srcOff, whole, offset, len);
        writeBlocks(block, whole, 0, BLOCK);
    }

    @Override
    public void erase(long block) throws StorageException {
        writeBlocks(block, erased(), 0, BLOCK);
    }

    private static byte[] erased() {
        byte[] b = new byte[BLOCK];
        java.util.Arrays.fill(b, (byte) 0xFF);
        return b;
    }

    @Override
    public boolean supportsExtended() {
        return false;
    }

    @Override
    public boolean isWritable() {
        return !region.readOnly();
    }

    private long at(long block, int offset, long len) throws StorageException {
        if (block < 0 || block >= blocks || offset < 0 || len < 0 || block * BLOCK + offset > blocks * BLOCK - len) {
            throw new StorageException(Errno.EINVAL, "block " + block + " outside 0.." + (blocks - 1));
        }
        return block * BLOCK + offset;
    }
}
