package org.mpyjvm.ports.i2c;

/** Test shorthands for the bytes a driver puts on the wire. */
final class Wire {
    private Wire() {
    }

    /** Bytes from ints, so tests can write 0xFF without casts. */
    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** {@code writeto_then_readfrom}: send {@code out}, repeated start, read {@code length} bytes. */
    static byte[] writeThenRead(I2cController i2c, int address, byte[] out, int length) {
        byte[] in = new byte[length];
        i2c.writeThenRead(address, out, in);
        return in;
    }
}
