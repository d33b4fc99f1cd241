package org.mpyjvm.stdlib.circuitpython;

import java.nio.charset.StandardCharsets;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.fat.FatClock;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fat.FatFormatter;
import org.mpyjvm.runtime.fat.FatGeometry;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * How CircuitPython makes a new CIRCUITPY drive (circuitpython.md 3, {@code supervisor/shared/filesystem.c}):
 * FatFs {@code f_mkfs} with {@code FM_FAT} and without {@code FM_SFD} (an MBR at sector 0, the volume at sector 63),
 * label {@code CIRCUITPY}, then the files that keep hosts from littering the drive, an empty {@code settings.toml},
 * the sample {@code code.py} and an empty {@code lib}. The SD placeholder is left out: the boards here have no SD.
 */
final class CircuitPyFormat {
    static final String LABEL = "CIRCUITPY";
    static final String SAMPLE_CODE = "print(\"Hello World!\")\n";

    private CircuitPyFormat() {
    }

    static FatFilesystem format(BlockDevice dev, FatClock clock) throws StorageException {
        dev.init(0);
        FatFormatter.format(dev, clock, FatGeometry.FM_FAT);
        FatFilesystem fat = new FatFilesystem(dev, clock);
        fat.mount(false, false);
        fat.setLabel(LABEL);
        fat.mkdir("/.fseventsd");
        write(fat, "/.fseventsd/no_log", "");
        write(fat, "/.metadata_never_index", "");
        write(fat, "/.Trashes", "");
        write(fat, "/.Trash-1000", "");
        write(fat, "/settings.toml", "");
        write(fat, "/code.py", SAMPLE_CODE);
        fat.mkdir("/lib");
        fat.sync();
        return fat;
    }

    /** A whole file of the drive, or null when it cannot be read (missing, a directory). */
    static byte[] read(FatFilesystem fat, String path) {
        try {
            FileHandle h = fat.open(path, OpenMode.READ);
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                byte[] chunk = new byte[4096];
                for (int n = h.read(chunk, 0, chunk.length); n > 0; n = h.read(chunk, 0, chunk.length)) {
                    out.write(chunk, 0, n);
                }
                return out.toByteArray();
            } finally {
                h.close();
            }
        } catch (StorageException e) {
            return null;
        }
    }

    static void write(FatFilesystem fat, String path, String text) throws StorageException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        FileHandle h = fat.open(path, OpenMode.WRITE);
        try {
            if (bytes.length > 0) {
                h.write(bytes, 0, bytes.length);
            }
        } finally {
            h.close();
        }
    }
}
