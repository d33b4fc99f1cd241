package org.mpyjvm.ports.port;

/** rp2: {@code rom_ioctl(2, 0)} is an {@code rp2.Flash} object (block 4096, buffer = the XIP window); ops 3-6 are -22. */
public final class Rp2Port extends Port {
    @Override
    public String name() {
        return "rp2";
    }
}
