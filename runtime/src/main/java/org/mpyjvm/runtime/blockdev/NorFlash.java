package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.nio.file.Path;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * A NOR flash chip, as QSPI/SPI parts and MCU flash behave: an erase sets a whole sector to 0xFF, a program
 * can only clear bits, and one program command covers at most one page (MicroPython's SPI-flash driver splits
 * writes at page boundaries, and so does this chip's byte-address API). Every sector's erases are counted, and
 * an optional {@link NorTiming} adds up simulated time. In {@link NorProgramMode#STRICT} mode (the default) a
 * program that needs a 0-to-1 transition is refused whole with EIO and reported to the
 * {@link NorViolationListener}; {@link NorProgramMode#AND} stores old AND new like a real part.
 *
 * <p>As a {@link BlockDevice} a block is one erase sector: {@code writeBlocks} (simple protocol) erases every
 * sector it touches and then programs it; {@code program} (extended protocol) never erases.
 * {@link #view()} is the XIP window: a live, read-only, zero-copy view of the whole chip.
 */
public final class NorFlash extends StoredMedium implements BlockDevice {
    public static final byte ERASED = (byte) 0xFF;

    private final int sectorSize;
    private final int sectorCount;
    private final int pageSize;
    private final long[] eraseCounts;
    private NorProgramMode mode = NorProgramMode.STRICT;
    private NorTiming timing = NorTiming.NONE;
    private NorViolationListener listener;
    private NorViolation lastViolation;
    private long simulatedNanos;
    private long pagePrograms;
    private long sectorErases;
    private long bytesRead;
    private long bytesProgrammed;

    /** A chip over an existing store whose size must be {@code sectorSize * sectorCount}. */
    public NorFlash(MediaStore store, int sectorSize, int sectorCount, int pageSize) {
        super(store);
        if (sectorSize <= 0 || sectorCount <= 0 || pageSize <= 0 || sectorSize % pageSize != 0) {
            throw new IllegalArgumentException("sector size must be a positive multiple of the page size");
        }
        if (store.size() != (long) sectorSize * sectorCount) {
            throw new IllegalArgumentException("store has " + store.size() + " bytes, geometry needs "
                    + (long) sectorSize * sectorCount);
        }
        this.sectorSize = sectorSize;
        this.sectorCount = sectorCount;
        this.pageSize = pageSize;
        this.eraseCounts = new long[sectorCount];
    }

    /** A fully erased chip in heap memory. */
    public static NorFlash inMemory(int sectorSize, int sectorCount, int pageSize) {
        return new NorFlash(HeapStore.filled(Math.multiplyExact(sectorSize, sectorCount), ERASED), sectorSize,
                sectorCount, pageSize);
    }

    /** A chip persisted in a raw image file; a new file starts fully erased. */
    public static NorFlash openImage(Path image, int sectorSize, int sectorCount, int pageSize) throws IOException {
        FileStore store = FileStore.open(image, (long) sectorSize * sectorCount, ERASED, true);
        return new NorFlash(store, sectorSize, sectorCount, pageSize);
    }

    // ---- configuration and statistics ----

    public NorProgramMode mode() {
        return mode;
    }

    public void setMode(NorProgramMode mode) {
        this.mode = mode;
    }

    public void setTiming(NorTiming timing) {
        this.timing = timing;
    }

    public void setViolationListener(NorViolationListener listener) {
        this.listener = listener;
    }

    /** The most recent strict-mode violation, or null. */
    public NorViolation lastViolation() {
        return lastViolation;
    }

    public long simulatedNanos() {
        return simulatedNanos;
    }

    public long pagePrograms() {
        return pagePrograms;
    }

    public long sectorErases() {
        return sectorErases;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long bytesProgrammed() {
        return bytesProgrammed;
    }

    public int sectorSize() {
        return sectorSize;
    }

    public int sectorCount() {
        return sectorCount;
    }

    public int pageSize() {
        return pageSize;
    }

    public long size() {
        return (long) sectorSize * sectorCount;
    }

    public long eraseCount(int sector) {
        return eraseCounts[sector];
    }

    /** A copy of every sector's erase count (for wear maps and the device state file). */
    public long[] eraseCounts() {
        return eraseCounts.clone();
    }

    /** Restores erase counts saved from an earlier run of a persisted chip. */
    public void restoreEraseCounts(long[] counts) {
        if (counts.length != sectorCount) {
            throw new IllegalArgumentException("expected " + sectorCount + " counts");
        }
        System.arraycopy(counts, 0, eraseCounts, 0, sectorCount);
    }

    /** The XIP window over the whole chip. */
    @Override
    public ByteRegion view() {
        return super.view();
    }

    /** The XIP window over {@code length} bytes from {@code offset} (a partition). */
    public ByteRegion view(long offset, long length) {
        return new ByteRegion(store, offset, length);
    }

    // ---- byte-address commands ----

    /** A read command of {@code len} bytes from {@code address}. */
    public void readAt(long address, byte[] dst, int dstOff, int len) throws StorageException {
        checkAddress(address, len);
        load(address, dst, dstOff, len);
        bytesRead += len;
        simulatedNanos += timing.readNanosPerByte() * len;
    }

    /** Programs {@code len} bytes at {@code address} as one page-program command per page touched. */
    public void programAt(long address, byte[] src, int srcOff, int len) throws StorageException {
        checkAddress(address, len);
        while (len > 0) {
            int n = (int) Math.min(len, pageSize - address % pageSize);
            programPage(address, src, srcOff, n);
            address += n;
            srcOff += n;
            len -= n;
        }
    }

    /** One page-program command; the range must lie inside one page. */
    public void programPage(long address, byte[] src, int srcOff, int len) throws StorageException {
        checkAddress(address, len);
        if (len > 0 && address / pageSize != (address + len - 1) / pageSize) {
            throw new StorageException(Errno.EINVAL, "page program crosses a page boundary at 0x"
                    + Long.toHexString(address));
        }
        byte[] result = new byte[len];
        load(address, result, 0, len);
        for (int i = 0; i < len; i++) {
            int o = result[i] & 0xFF;
            int n = src[srcOff + i] & 0xFF;
            if (mode == NorProgramMode.STRICT && (n & ~o) != 0) {
                reportViolation(address + i, o, n);
            }
            result[i] = (byte) (o & n);
        }
        save(address, result, 0, len);
        pagePrograms++;
        bytesProgrammed += len;
        simulatedNanos += timing.pageProgramNanos();
    }

    private void reportViolation(long address, int oldByte, int newByte) throws StorageException {
        long sector = address / sectorSize;
        NorViolation v = new NorViolation(sector, (int) (address % sectorSize), address, oldByte, newByte);
        lastViolation = v;
        if (listener != null) {
            listener.onViolation(v);
        }
        throw new StorageException(Errno.EIO, v.describe());
    }

    /** A sector-erase command: the whole sector becomes 0xFF and its erase count goes up. */
    public void eraseSector(long sector) throws StorageException {
        if (sector < 0 || sector >= sectorCount) {
            throw new StorageException(Errno.EIO, "erase of sector " + sector + " beyond the chip");
        }
        fillBytes(sector * sectorSize, sectorSize, ERASED);
        eraseCounts[(int) sector]++;
        sectorErases++;
        simulatedNanos += timing.sectorEraseNanos();
    }

    private void checkAddress(long address, long len) throws StorageException {
        if (address < 0 || len < 0 || address + len > size()) {
            throw new StorageException(Errno.EIO, "access at 0x" + Long.toHexString(address) + "+" + len
                    + " beyond the chip");
        }
    }


    // ---- BlockDevice: one block = one erase sector ----

    @Override
    public int blockSize() {
        return sectorSize;
    }

    @Override
    public long blockCount() {
        return sectorCount;
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        readAt(blockAddress(block, offset), dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        if (len % sectorSize != 0) {
            throw new StorageException(Errno.EINVAL, "simple write of " + len + " bytes is not whole sectors");
        }
        long address = blockAddress(block, 0);
        checkAddress(address, len);
        for (int done = 0; done < len; done += sectorSize) {
            eraseSector(block + done / sectorSize);
            programAt(address + done, src, srcOff + done, sectorSize);
        }
    }

    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        programAt(blockAddress(block, offset), src, srcOff, len);
    }

    @Override
    public void erase(long block) throws StorageException {
        eraseSector(block);
    }

    private long blockAddress(long block, int offset) throws StorageException {
        if (block < 0 || block >= sectorCount || offset < 0) {
            throw new StorageException(Errno.EIO, "block " + block + " offset " + offset + " outside the chip");
        }
        return block * sectorSize + offset;
    }

    /** A copy of the whole chip (for exporting images and tests). */
    public byte[] snapshot() throws StorageException {
        byte[] copy = new byte[Math.toIntExact(size())];
        load(0, copy, 0, copy.length);
        return copy;
    }

    @Override
    public String toString() {
        return "NorFlash(" + sectorCount + " x " + sectorSize + " B, page " + pageSize + " B, " + mode + ")";
    }
}
