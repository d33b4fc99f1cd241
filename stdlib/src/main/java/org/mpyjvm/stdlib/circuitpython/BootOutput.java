package org.mpyjvm.stdlib.circuitpython;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;

/**
 * What {@code boot.py} printed, for {@code /boot_out.txt} (circuitpython.md 3 step 4): the header lines the
 * supervisor writes first (version and board, {@code Board ID:}, {@code UID:}, {@code boot.py output:}), then every
 * console byte of boot.py, traceback included. The whole text is capped at {@value #CAP} bytes: what does not fit
 * is cut and {@value #TRUNCATED} ends the file. The header goes only to the file, never to the console.
 */
final class BootOutput extends OutputStream {
    static final int CAP = 512;
    static final String TRUNCATED = "[truncated due to length]\n";
    static final String FILE = "/boot_out.txt";

    private final ByteArrayOutputStream text = new ByteArrayOutputStream();
    private boolean truncated;

    BootOutput(String header) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        write(h, 0, h.length);
    }

    /** {@code Adafruit CircuitPython 9.2.9 (mpy-jvm) on DATE; BOARD with MCU}, Board ID, UID, {@code boot.py output:}. */
    static String header(String versionLine, String boardId, String uidHex) {
        StringBuilder b = new StringBuilder(versionLine).append('\n');
        b.append("Board ID:").append(boardId).append('\n');
        if (uidHex != null) {
            b.append("UID:").append(uidHex).append('\n');
        }
        return b.append("boot.py output:\n").toString();
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (truncated) {
            return;
        }
        int room = CAP - text.size();
        if (len <= room) {
            text.write(b, off, len);
            return;
        }
        byte[] marker = TRUNCATED.getBytes(StandardCharsets.US_ASCII);
        int keep = CAP - marker.length;
        byte[] current = text.toByteArray();
        byte[] kept = new byte[keep];
        int fromCurrent = Math.min(current.length, keep);
        System.arraycopy(current, 0, kept, 0, fromCurrent);
        System.arraycopy(b, off, kept, fromCurrent, Math.min(len, keep - fromCurrent));
        text.reset();
        text.write(kept, 0, keep);
        text.write(marker, 0, marker.length);
        truncated = true;
    }

    synchronized byte[] bytes() {
        return text.toByteArray();
    }

    /** Writes {@code /boot_out.txt} when its content differs, straight through FatFs as the supervisor does. */
    void save(FatFilesystem fat) throws StorageException {
        byte[] content = bytes();
        if (Arrays.equals(content, CircuitPyFormat.read(fat, FILE))) {
            return;
        }
        FileHandle h = fat.open(FILE, OpenMode.WRITE);
        try {
            h.write(content, 0, content.length);
        } finally {
            h.close();
        }
        fat.sync();
    }
}
