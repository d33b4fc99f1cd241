package org.mpyjvm.stdlib.session;

import java.nio.ByteBuffer;
import org.mpyjvm.ports.device.ImageStore;
import org.mpyjvm.runtime.blockdev.MediaStore;

/** A device's image file (or in-memory image) as the byte store under a runtime medium such as NorFlash. */
final class ImageStoreMedia implements MediaStore {
    private final ImageStore image;

    ImageStoreMedia(ImageStore image) {
        this.image = image;
    }

    @Override
    public long size() {
        return image.length();
    }

    @Override
    public byte get(long position) {
        return (byte) image.get(position);
    }

    @Override
    public void read(long position, byte[] dst, int dstOff, int len) {
        image.read(position, dst, dstOff, len);
    }

    @Override
    public void write(long position, byte[] src, int srcOff, int len) {
        image.write(position, src, srcOff, len);
    }

    @Override
    public void fill(long position, long len, byte value) {
        image.fill(position, len, value);
    }

    @Override
    public ByteBuffer liveBuffer() {
        return null;
    }

    @Override
    public void flush() {
        image.flush();
    }

    @Override
    public void close() {
        // The Device owns the image and closes it.
    }
}
