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

    /** Whether this start found no filesystem and made a new drive. */
    public boolean freshlyFormatted() {
        return formatted;
    }

    /** Mounts the drive at {@code /}, as the supervisor does before boot.py. */
    void mount(Session session) throws StorageException {
        session.vfs().mount(fs, "/", false, false);
    }
}
