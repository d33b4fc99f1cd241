package org.mpyjvm.ports.port;

/** nrf: {@code rom_ioctl(2, 0)} is a Flash object (block 4096); a zero-size ROM makes every op -22. */
public final class NrfPort extends Port {
    @Override
    public String name() {
        return "nrf";
    }

    @Override
    protected boolean zeroSegmentsMeansEinval() {
        return true;
    }
}
