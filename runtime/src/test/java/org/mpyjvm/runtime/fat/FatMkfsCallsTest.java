package org.mpyjvm.runtime.fat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.ForwardingDevice;
import org.mpyjvm.runtime.blockdev.RamDisk;

/** The device calls of VfsFat.mkfs's f_mkfs, as vfs.md 7.3 records them for a 512 x 50 device. */
class FatMkfsCallsTest {
    /** Logs writeBlocks calls (first sector, byte length) and passes everything on to a RAM disk. */
    static final class WriteLog extends ForwardingDevice {
        final RamDisk disk;
        final List<String> writes = new ArrayList<>();

        WriteLog(RamDisk disk) {
            super(disk);
            this.disk = disk;
        }

        @Override
        public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
            writes.add(block + ":" + len);
            super.writeBlocks(block, src, srcOff, len);
        }
    }

    @Test
    void fatAndRootDirectoryGoOutInWorkBufferRuns() throws Exception {
        WriteLog dev = new WriteLog(new RamDisk(512, 50));
        FatFilesystem.mkfs(dev, FatClock.fixed(LocalDateTime.of(2024, 6, 1, 12, 0)));
        assertEquals(List.of("0:512", "1:512", "2:4096", "10:4096", "18:4096", "26:4096"), dev.writes);
    }

    @Test
    void aSevenSectorFatIsOneWriteStartingWithTheMediaEntries() throws Exception {
        WriteLog dev = new WriteLog(new RamDisk(512, 2048));
        FatFilesystem.mkfs(dev, FatClock.fixed(LocalDateTime.of(2024, 6, 1, 12, 0)));
        assertEquals(List.of("0:512", "1:3584", "8:4096", "16:4096", "24:4096", "32:4096"), dev.writes);
        byte[] fat = new byte[3584];
        dev.disk.read(1, 0, fat, 0, fat.length);
        assertEquals(0xF8, fat[0] & 0xFF);
        assertEquals(0xFF, fat[2] & 0xFF);
        assertEquals(0, fat[512]);
    }
}
