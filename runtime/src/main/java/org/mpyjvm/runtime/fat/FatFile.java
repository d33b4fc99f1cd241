package org.mpyjvm.runtime.fat;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;

/**
 * An open file, with FatFs {@code FIL} semantics as MicroPython's VfsFat exposes them: the directory entry is
 * rewritten on flush/close only when the file changed; seeking past the end of a writable file allocates
 * clusters and grows the file at once, leaving stale sector contents in the gap; read-only handles clamp seeks
 * to the size; positions are 32-bit (a negative target wraps, as FatFs's unsigned offset does).
 */
final class FatFile implements FileHandle {
    private static final long MAX_SIZE = 0xFFFFFFFFL;

    private final FatVolume vol;
    private final long dirSector;
    private final int dirOffset;
    private final boolean readable;
    private final boolean writable;
    private long startCluster;
    private long size;
    private long pos;
    private boolean modified;
    private boolean closed;
    /** The last cluster looked up: index in the chain and cluster number (FatFs keeps the same in fp->clust). */
    private long cachedIndex = -1;
    private long cachedCluster;

    FatFile(FatVolume vol, long dirSector, int dirOffset, long startCluster, long size, boolean readable,
            boolean writable, boolean modified) {
        this.vol = vol;
        this.dirSector = dirSector;
        this.dirOffset = dirOffset;
        this.startCluster = startCluster;
        this.size = size;
        this.readable = readable;
        this.writable = writable;
        this.modified = modified;
    }

    void seekToEndForAppend() {
        pos = size;
    }

    private void checkOpen() throws StorageException {
        if (closed) {
            throw new StorageException(Errno.EINVAL, "file is closed");
        }
    }

    /**
     * The cluster holding chain index {@code index}; with {@code grow} missing clusters are allocated
     * (returns 0 when the volume is full). EIO when the chain is shorter than the file size says or loops.
     */
    private long clusterAt(long index, boolean grow) throws StorageException {
        if (startCluster == 0) {
            if (!grow) {
                throw new StorageException(Errno.EIO, "file has data but no clusters");
            }
            long c = vol.fat.extend(0);
            if (c == 0) {
                return 0;
            }
            startCluster = c;
            modified = true;
            cachedIndex = 0;
            cachedCluster = c;
        }
        long i;
        long c;
        if (cachedIndex >= 0 && cachedIndex <= index) {
            i = cachedIndex;
            c = cachedCluster;
        } else {
            i = 0;
            c = startCluster;
            if (!vol.isValidCluster(c)) {
                throw new StorageException(Errno.EIO, "file starts outside the volume");
            }
        }
        if (index - i > vol.clusterCount) {
            return grow ? 0 : fail();
        }
        while (i < index) {
            long n = grow ? vol.fat.extend(c) : vol.fat.next(c);
            if (n == 0) {
                cachedIndex = i;
                cachedCluster = c;
                return 0;
            }
            if (n == FatTable.END) {
                throw new StorageException(Errno.EIO, "cluster chain shorter than the file");
            }
            c = n;
            i++;
        }
        cachedIndex = i;
        cachedCluster = c;
        return c;
    }

    private static long fail() throws StorageException {
        throw new StorageException(Errno.EIO, "cluster chain loops");
    }

    @Override
    public int read(byte[] dst, int off, int len) throws StorageException {
        checkOpen();
        if (!readable) {
            throw new StorageException(Errno.EACCES, "file not open for reading");
        }
        long remain = size - pos;
        int total = (int) Math.max(0, Math.min(len, remain));
        int done = 0;
        while (done < total) {
            long sec = sectorAtPos(false);
            int inSector = (int) (pos % vol.sectorSize);
            int n = chunk(total - done);
            if (inSector == 0 && n % vol.sectorSize == 0) {
                vol.readSectors(sec, dst, off + done, n / vol.sectorSize);
            } else {
                byte[] sector = new byte[vol.sectorSize];
                vol.readSectors(sec, sector, 0, 1);
                vol.window.show(sec, sector, 0);
                System.arraycopy(sector, inSector, dst, off + done, n);
            }
            done += n;
            pos += n;
        }
        return done;
    }

    /** The volume sector holding byte {@code pos}; -1 when {@code grow} found the volume full. */
    private long sectorAtPos(boolean grow) throws StorageException {
        long cl = clusterAt(pos / vol.clusterBytes, grow);
        if (cl == 0) {
            return -1;
        }
        return vol.clusterSector(cl) + (pos % vol.clusterBytes) / vol.sectorSize;
    }

    /** Bytes one transfer at {@code pos} may move: whole sectors up to the cluster's end, else one partial sector. */
    private int chunk(int remaining) {
        int ss = vol.sectorSize;
        int inCluster = (int) (pos % vol.clusterBytes);
        int inSector = inCluster % ss;
        if (inSector == 0 && remaining >= ss) {
            return Math.min(remaining / ss, (vol.clusterBytes - inCluster) / ss) * ss;
        }
        return Math.min(ss - inSector, remaining);
    }

    @Override
    public int write(byte[] src, int off, int len) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EACCES, "file not open for writing");
        }
        vol.checkWritable();
        long allowed = Math.min(len, MAX_SIZE - pos);
        int total = (int) Math.max(0, allowed);
        int done = 0;
        try {
            while (done < total) {
                long sec = sectorAtPos(true);
                if (sec < 0) {
                    break;
                }
                int inSector = (int) (pos % vol.sectorSize);
                int n = chunk(total - done);
                if (inSector == 0 && n % vol.sectorSize == 0) {
                    vol.writeSectors(sec, src, off + done, n / vol.sectorSize);
                    vol.window.refill(sec, n / vol.sectorSize, src, off + done, vol.sectorSize);
                } else {
                    byte[] sector;
                    if (inSector == 0 && pos >= size) {
                        sector = vol.window.contents(vol.sectorSize); // FatFs's growing edge: no read
                    } else {
                        sector = new byte[vol.sectorSize];
                        vol.readSectors(sec, sector, 0, 1);
                    }
                    System.arraycopy(src, off + done, sector, inSector, n);
                    vol.writeSectors(sec, sector, 0, 1);
                    vol.window.show(sec, sector, 0);
                }
                done += n;
                pos += n;
                if (pos > size) {
                    size = pos;
                }
                modified = true;
            }
        } finally {
            vol.fat.flush();
        }
        if (done < len) {
            throw new StorageException(Errno.ENOSPC, "no space left on the volume");
        }
        return done;
    }

    @Override
    public long seek(long offset, int whence) throws StorageException {
        if (closed) {
            return pos;
        }
        long target;
        switch (whence) {
            case SEEK_SET -> target = offset;
            case SEEK_CUR -> target = pos + offset;
            case SEEK_END -> target = size + offset;
            default -> throw new StorageException(Errno.EINVAL, "bad whence");
        }
        target &= MAX_SIZE;
        if (target > size && !writable) {
            target = size;
        }
        if (target > size) {
            target = growTo(target);
            size = target;
            modified = true;
        }
        pos = target;
        return pos;
    }

    /** Allocates clusters up to {@code target} (FatFs f_lseek in write mode); returns how far it got. */
    private long growTo(long target) throws StorageException {
        vol.checkWritable();
        try {
            long lastIndex = (target - 1) / vol.clusterBytes;
            long reached = clusterAt(lastIndex, true);
            if (reached == 0) {
                long have = startCluster == 0 ? 0 : cachedIndex + 1;
                return Math.max(size, have * vol.clusterBytes);
            }
            return target;
        } finally {
            vol.fat.flush();
        }
    }

    @Override
    public long tell() {
        return pos;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void truncate(long newSize) throws StorageException {
        checkOpen();
        if (!writable) {
            throw new StorageException(Errno.EACCES, "file not open for writing");
        }
        vol.checkWritable();
        if (newSize < 0 || newSize > MAX_SIZE) {
            throw new StorageException(Errno.EINVAL, "bad size");
        }
        if (newSize > size) {
            size = growTo(newSize);
        } else if (newSize < size) {
            if (newSize == 0) {
                if (startCluster != 0) {
                    vol.fat.freeChain(startCluster, 0);
                }
                startCluster = 0;
            } else {
                long keep = clusterAt((newSize - 1) / vol.clusterBytes, false);
                long next = vol.fat.next(keep);
                if (next != FatTable.END) {
                    vol.fat.freeChain(next, keep);
                }
            }
            cachedIndex = -1;
            size = newSize;
            vol.fat.flush();
        }
        pos = Math.min(pos, size);
        modified = true;
    }

    @Override
    public void flush() throws StorageException {
        checkOpen();
        syncEntry();
    }

    /** FatFs {@code f_sync}: archive bit, first cluster, size, modification time, access date cleared. */
    private void syncEntry() throws StorageException {
        if (!modified) {
            return;
        }
        byte[] sec = vol.readSector(dirSector);
        sec[dirOffset + 11] |= DirRecord.ATTR_ARCHIVE;
        DirRecord.setCluster(sec, dirOffset, startCluster, vol.type);
        DirRecord.setSize(sec, dirOffset, size);
        DirRecord.setModified(sec, dirOffset, FatTime.pack(vol.clock.now()));
        DirRecord.clearAccessDate(sec, dirOffset);
        vol.writeSectors(dirSector, sec, 0, 1);
        vol.window.show(dirSector, sec, 0);
        vol.sync();
        modified = false;
    }

    @Override
    public void close() throws StorageException {
        if (closed) {
            return;
        }
        closed = true;
        syncEntry();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }
}
