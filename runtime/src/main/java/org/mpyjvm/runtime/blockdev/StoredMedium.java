package org.mpyjvm.runtime.blockdev;

import java.io.IOException;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * What every medium shares: its bytes live in a {@link MediaStore}, and a failure of the host image file reaches
 * the program as the medium's EIO. Subclasses add the physics and the block geometry.
 */
abstract class StoredMedium {
    final MediaStore store;

    StoredMedium(MediaStore store) {
        this.store = store;
    }

    private static StorageException hostFailure(IOException e) {
        return new StorageException(Errno.EIO, "host image: " + e.getMessage());
    }

    final void load(long position, byte[] dst, int dstOff, int len) throws StorageException {
        try {
            store.read(position, dst, dstOff, len);
        } catch (IOException e) {
            throw hostFailure(e);
        }
    }

    final void save(long position, byte[] src, int srcOff, int len) throws StorageException {
        try {
            store.write(position, src, srcOff, len);
        } catch (IOException e) {
            throw hostFailure(e);
        }
    }

    final void fillBytes(long position, long len, byte value) throws StorageException {
        try {
            store.fill(position, len, value);
        } catch (IOException e) {
            throw hostFailure(e);
        }
    }

    /** Forces a persisted medium's image file to disk (memory media: nothing to do). */
    public void flush() throws StorageException {
        try {
            store.flush();
        } catch (IOException e) {
            throw hostFailure(e);
        }
    }

    /** Flushes and closes the image file; the medium is unusable afterwards. */
    public void close() throws StorageException {
        try {
            store.close();
        } catch (IOException e) {
            throw hostFailure(e);
        }
    }

    /** A live read-only view of the whole medium. */
    public ByteRegion view() {
        return new ByteRegion(store, 0, store.size());
    }
}
