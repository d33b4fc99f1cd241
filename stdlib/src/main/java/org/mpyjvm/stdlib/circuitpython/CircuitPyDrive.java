package org.mpyjvm.stdlib.circuitpython;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.stdlib.session.Session;

/**
 * The CIRCUITPY drive of one run: the board's storage region as 512-byte blocks ({@link SectorCachedFlash}), the FAT
 * volume on it (formatted as CircuitPython does when none is found), and the write permissions shared by Python and
 * the simulated USB host. Mounted at {@code /}.
 */
public final class CircuitPyDrive {
    /** The region a CircuitPython board file marks {@code api=CIRCUITPY}. */
    static final String API = "CIRCUITPY";

    private final SectorCachedFlash device;
    private final FatFilesystem fat;
    private final ProtectedFilesystem fs;
    private final DrivePermissions permissions;
    private final boolean formatted;

    private CircuitPyDrive(SectorCachedFlash device, FatFilesystem fat, DrivePermissions permissions,
                           boolean formatted) {
        this.device = device;
        this.fat = fat;
        this.permissions = permissions;
        this.fs = new ProtectedFilesystem(fat, permissions::pythonMayWrite);
        this.formatted = formatted;
    }

    /** Opens (or on a blank region, formats) the board's CIRCUITPY drive. */
    static CircuitPyDrive open(Session session, DrivePermissions permissions) throws StorageException {
        Board board = session.board();
        Region region = board.regions().stream().filter(r -> API.equals(r.api())).findFirst()
                .orElseThrow(() -> new IllegalStateException(board.id() + " has no CIRCUITPY region"));
        MemoryRegion window = session.medium(region.medium()).window(region.offset(), region.size());
        int eraseUnit = board.medium(region.medium()).map(CircuitPyDrive::eraseUnit).orElse(4096);
        SectorCachedFlash dev = new SectorCachedFlash(window, eraseUnit);
        FatFilesystem fat = new FatFilesystem(dev, session.fatClock());
        boolean formatted = false;
        if (!fat.isFormatted()) {
            fat = CircuitPyFormat.format(dev, session.fatClock());
            formatted = true;
        } else {
            fat.mount(false, false);
        }
        return new CircuitPyDrive(dev, fat, permissions, formatted);
    }

    private static int eraseUnit(Medium m) {
        long unit = m.eraseUnitAt(0)[1];
        return unit >= SectorCachedFlash.BLOCK && unit <= 1 << 20 ? (int) unit : 4096;
    }

    public ProtectedFilesystem filesystem() {
        return fs;
    }

    public FatFilesystem fat() {
        return fat;
    }

    public DrivePermissions permissions() {
        return permissions;
    }

    SectorCachedFlash blockDevice() {
        return device;
    }

    /**
     * The whole drive as the USB host reads it (MBR at sector 0, the FAT volume at {@link #volumeOffset()}), after
     * flushing what the filesystem still holds: the bytes of a raw image file that mtools and the host OS can read.
     */
    public byte[] image() throws StorageException {
        fat.sync();
        long size = device.blockCount() * SectorCachedFlash.BLOCK;
        if (size > Integer.MAX_VALUE - 8) {
            throw new StorageException(org.mpyjvm.runtime.Errno.EFBIG, "CIRCUITPY too large to export");
        }
        byte[] out = new byte[(int) size];
        device.read(0, 0, out, 0, out.length);
        return out;
    }

    /** Where the FAT volume starts in {@link #image()}: the first partition's LBA from the MBR, times 512. */
    public long volumeOffset() throws StorageException {
        byte[] mbr = new byte[SectorCachedFlash.BLOCK];
        device.read(0, 0, mbr, 0, mbr.length);
        if ((mbr[510] & 0xFF) != 0x55 || (mbr[511] & 0xFF) != 0xAA || (mbr[450] & 0xFF) == 0) {
            return 0; // a volume without a partition table (an SFD drive made by another tool)
        }
        long lba = (mbr[454] & 0xFFL) | (mbr[455] & 0xFFL) << 8 | (mbr[456] & 0xFFL) << 16 | (mbr[457] & 0xFFL) << 24;
        if (lba >= device.blockCount()) {
            throw new StorageException(org.mpyjvm.runtime.Errno.EIO, "partition table points outside CIRCUITPY");
        }
        return lba * SectorCachedFlash.BLOCK;
    }

    /** Whether this start found no filesystem and made a new drive. */
    public boolean freshlyFormatted() {
        return formatted;
    }

    /** Mounts the drive at {@code /}, as the supervisor does before boot.py. */
    void mount(Session session) throws StorageException {
        session.vfs().mount(fs, "/", false, false);
    }
}
