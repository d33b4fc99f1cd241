package org.mpyjvm.ports.port;

/** renesas-ra: style M, 3-argument op 3 only (a 4-argument call reads the third as the length), no op 5/6. */
public final class RenesasRaPort extends Port {
    @Override
    public String name() {
        return "renesas-ra";
    }

    @Override
    protected boolean prepareReadsThirdArgumentAsLength() {
        return true;
    }

    @Override
    protected boolean zeroSegmentsMeansEinval() {
        return true;
    }
}
