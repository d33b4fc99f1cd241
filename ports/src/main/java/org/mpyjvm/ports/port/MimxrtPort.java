package org.mpyjvm.ports.port;

/** mimxrt: {@code rom_ioctl(2, 0)} is a {@code mimxrt.Flash} object; a zero-size ROM makes every op -22. */
public final class MimxrtPort extends Port {
    @Override
    public String name() {
        return "mimxrt";
    }

    @Override
    protected boolean zeroSegmentsMeansEinval() {
        return true;
    }
}
