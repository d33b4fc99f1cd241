package org.mpyjvm.ports.port;

/** samd: style M in the MCU flash; op 6 reports the 512-byte page while erase takes whole 8 K blocks. */
public final class SamdPort extends Port {
    @Override
    public String name() {
        return "samd";
    }

    @Override
    protected boolean zeroSegmentsMeansEinval() {
        return true;
    }
}
