package org.mpyjvm.stdlib.session;

import org.mpyjvm.ports.board.EraseRun;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.device.ImageStore;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.ByteRegion;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.blockdev.NorProgramMode;
import org.mpyjvm.runtime.blockdev.NorViolationListener;

/**
 * A board's NOR chip as the ports see a medium: the runtime's {@link NorFlash} (program only clears bits, strict or
 * AND, erase counts, page-split programs) over the device's image. NorFlash wants uniform sectors, so a chip with
 * mixed sector sizes (STM32 internal flash) is modelled with the greatest common sector and an erase covers every
 * such sector of the board's real erase unit. Reads here are XIP reads: they never count as read commands.
 */
final class NorMedium implements MemoryRegion {
    private final NorFlash flash;
    private final Medium medium;
    private final ByteRegion window;

    NorMedium(ImageStore image, Medium medium, NorProgramMode mode, NorViolationListener listener) {
        this.medium = medium;
        int sector = commonSector(medium);
        int page = medium.pageSize() > 0 && sector % medium.pageSize() == 0 ? medium.pageSize() : sector;
        this.flash = new NorFlash(new ImageStoreMedia(image), sector, (int) (medium.size() / sector), page);
        flash.setMode(mode);
        flash.setViolationListener(listener);
        this.window = flash.view();
    }

    private static int commonSector(Medium m) {
        long g = 0;
        for (EraseRun run : m.sectors()) {
            g = gcd(g, run.size());
        }
        if (g <= 0 || g > Integer.MAX_VALUE || m.size() % g != 0) {
            throw new IllegalArgumentException(m.id() + ": erase layout does not divide the medium");
        }
        return (int) g;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    NorFlash flash() {
        return flash;
    }

    @Override
    public long length() {
        return medium.size();
    }

    @Override
    public int get(long offset) {
        return window.get(offset) & 0xFF;
    }

    @Override
    public void read(long offset, byte[] dst, int dstOff, int len) {
        window.read(offset, dst, dstOff, len);
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void erase(long offset, long length) throws StorageException {
        if (length <= 0) {
            return;
        }
        long[] first = medium.eraseUnitAt(offset);
        long[] last = medium.eraseUnitAt(offset + length - 1);
        if (first == null || last == null) {
            throw new StorageException(Errno.EINVAL, "erase outside the chip");
        }
        int sector = flash.sectorSize();
        for (long at = first[0]; at < last[0] + last[1]; at += sector) {
            flash.eraseSector(at / sector);
        }
    }

    @Override
    public void program(long offset, byte[] src, int srcOff, int len) throws StorageException {
        flash.programAt(offset, src, srcOff, len);
    }
}
