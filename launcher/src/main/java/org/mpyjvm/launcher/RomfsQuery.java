package org.mpyjvm.launcher;

import java.io.PrintStream;
import java.util.Optional;
import java.util.StringJoiner;
import org.mpyjvm.ports.port.RomIoctl;

/** {@code romfs query}: each ROM partition's size, first 12 bytes and image size, printed as mpremote prints them. */
final class RomfsQuery {
    private RomfsQuery() {
    }

    static int run(Optional<RomIoctl> romIoctl, PrintStream out) {
        if (romIoctl.isEmpty()) {
            out.println("ROMFS is not enabled on this device");
            return 0;
        }
        RomIoctl ioctl = romIoctl.get();
        int count = ioctl.count();
        if (count <= 0) {
            out.println("No ROMFS partitions available");
            return 0;
        }
        for (int id = 0; id < count; id++) {
            Optional<RomPartition> p = RomPartition.of(ioctl, id);
            if (p.isEmpty()) {
                out.println("ROMFS" + id + " partition not found on device");
                continue;
            }
            out.println(p.get().sizeLine());
            byte[] head = new byte[(int) Math.min(12, p.get().bytes().length())];
            p.get().bytes().read(0, head, 0, head.length);
            StringJoiner hex = new StringJoiner(":");
            for (byte b : head) {
                hex.add(String.format("%02x", b & 0xFF));
            }
            out.println("  Raw contents: " + hex + " ...");
            if (head.length < 3 || (head[0] & 0xFF) != 0xD2 || (head[1] & 0xFF) != 0xCD || head[2] != 0x31) {
                out.println("  Not a valid ROMFS");
            } else {
                long size = 0;
                for (int i = 3; i < head.length; i++) {
                    size = (size << 7) | (head[i] & 0x7F);
                    if ((head[i] & 0x80) == 0) {
                        break;
                    }
                }
                out.println("  ROMFS image size: " + size);
            }
        }
        return 0;
    }
}
