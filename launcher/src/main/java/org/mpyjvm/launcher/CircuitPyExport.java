package org.mpyjvm.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.stdlib.circuitpython.CircuitPyDrive;
import org.mpyjvm.stdlib.circuitpython.CircuitPythonBoard;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code mpy fs export OUT.img}: the CIRCUITPY drive exactly as the USB host reads it, as a raw disk image. The drive
 * has a partition table (CircuitPython formats without FM_SFD), so mtools needs the volume's offset, which one stderr
 * line gives in mtools' own syntax.
 */
final class CircuitPyExport {
    private CircuitPyExport() {
    }

    static int write(Session session, String file, StderrNotes notes) throws CommandFailure {
        CircuitPyDrive drive = CircuitPythonBoard.of(session).drive();
        try {
            byte[] image = drive.image();
            long offset = drive.volumeOffset();
            Files.write(Paths.get(file), image);
            notes.note("wrote CIRCUITPY (" + image.length + " bytes) to " + file + "; the FAT volume starts at byte "
                    + offset + ": mdir -i " + file + "@@" + offset + " ::");
            return 0;
        } catch (StorageException e) {
            throw new CommandFailure("fs export: CIRCUITPY cannot be read: [Errno " + e.errno() + "]");
        } catch (IOException e) {
            throw new CommandFailure("fs export: " + e.getMessage());
        }
    }
}
