package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import java.nio.file.Path;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * An SD card: 512-byte sectors, no erase physics visible to the host (the card's controller hides them), unwritten
 * sectors read as zeros. Backed by a sparse host image file or, for {@code --fresh}, by sparse memory, so a
 * 32 GiB card costs only what was written. {@link #csd()} gives the capacity as the card's CSD register states it.
 */
public final class SdCard extends StoredMedium implements BlockDevice {
    public static final int SECTOR_SIZE = 512;

    private final long sectorCount;
    private final SdCsd csd;

    private SdCard(MediaStore store) {
        super(store);
        if (store.size() % SECTOR_SIZE != 0 || store.size() == 0) {
            throw new IllegalArgumentException("card size must be a positive number of 512-byte sectors");
        }
        this.sectorCount = store.size() / SECTOR_SIZE;
        this.csd = SdCsd.forCapacity(store.size());
    }

    /** A card in sparse memory. */
    public static SdCard inMemory(long capacityBytes) {
        return new SdCard(new SparseHeapStore(capacityBytes, (byte) 0));
    }

    /** A card persisted in a sparse raw image file (created when absent). */
    public static SdCard openImage(Path image, long capacityBytes) throws IOException {
        return new SdCard(FileStore.open(image, capacityBytes, (byte) 0, false));
    }

    public SdCsd csd() {
        return csd;
    }

    public long capacityBytes() {
        return store.size();
    }

    @Override
    public int blockSize() {
        return SECTOR_SIZE;
    }

    @Override
    public long blockCount() {
        return sectorCount;
    }

    @Override
    public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
        long pos = position(block, offset, len);
        load(pos, dst, dstOff, len);
    }

    @Override
    public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
        if (len % SECTOR_SIZE != 0) {
            throw new StorageException(Errno.EINVAL, "simple write of " + len + " bytes is not whole sectors");
        }
        program(block, 0, src, srcOff, len);
    }

    /** The card's controller does read-modify-write, so a partial-sector write simply replaces bytes. */
    @Override
    public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
        long pos = position(block, offset, len);
        save(pos, src, srcOff, len);
    }

    /** SD erase (CMD38) of one sector; this card reports erased data as zeros (DATA_STAT_AFTER_ERASE = 0). */
    @Override
    public void erase(long block) throws StorageException {
        long pos = position(block, 0, SECTOR_SIZE);
        fillBytes(pos, SECTOR_SIZE, (byte) 0);
    }

    private long position(long block, int offset, long len) throws StorageException {
        if (block < 0 || offset < 0 || len < 0 || block >= sectorCount) {
            throw new StorageException(Errno.EIO, "sector " + block + " outside the card");
        }
        long pos = block * SECTOR_SIZE + offset;
        if (pos + len > store.size()) {
            throw new StorageException(Errno.EIO, "access beyond the end of the card");
        }
        return pos;
    }


    @Override
    public String toString() {
        return "SdCard(" + csd.kind() + ", " + sectorCount + " sectors)";
    }
}
