package org.mpyjvm.ports.i2c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A test device that logs every call the bus makes, so tests can check the order of write/read/stop. */
final class RecordingDevice implements I2cDevice {
    final List<String> log = new ArrayList<>();
    private final int address;
    private byte next;

    RecordingDevice(int address) {
        this.address = address;
    }

    @Override
    public String kind() {
        return "recorder";
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public void onWrite(int address, byte[] data) {
        log.add("write " + Arrays.toString(data));
    }

    @Override
    public byte[] onRead(int address, int length) {
        log.add("read " + length);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = next++;
        }
        return out;
    }

    @Override
    public void onStop(int address) {
        log.add("stop");
    }
}
