package org.mpyjvm.ports.i2c;

import java.util.HashMap;
import java.util.Map;

/**
 * A generic register-file peripheral defined by a {@link RegisterMap} (file format in that class): the common
 * "write the register number, then read or write its bytes" protocol of I2C sensors.
 *
 * <p>A write transfer starts with {@code pointer-bytes} bytes of register number (big endian); the bytes after it
 * go into the registers from there. A read transfer returns bytes from the pointer. Each register is
 * {@code register-bytes} wide on the wire, in {@code byte-order}; after its last byte the pointer moves to the
 * next register when auto-increment applies (always, never, or with {@code msb} only when the top bit of the
 * register number was set, which is then not part of the number), wrapping at the end of the register space.
 * Every transfer starts at the first byte of the pointed register. Read-only and unlisted registers ignore
 * writes; unlisted registers read the {@code unlisted} value.
 */
public final class RegisterMapDevice implements I2cDevice {
    private final RegisterMap map;
    private final int address;
    private final Map<Integer, Long> values = new HashMap<>();
    private int pointer;
    private boolean incrementing;

    /** @param address the bus address ({@code --i2c ADDR}); the map's own address is only a default */
    public RegisterMapDevice(RegisterMap map, int address) {
        this.map = map;
        this.address = address;
        map.registers().forEach((reg, r) -> values.put(reg, r.initialValue()));
        this.incrementing = map.autoIncrement() == RegisterMap.AutoIncrement.ON;
    }

    @Override
    public String kind() {
        return "regmap";
    }

    @Override
    public int address() {
        return address;
    }

    public RegisterMap map() {
        return map;
    }

    public synchronized int pointer() {
        return pointer;
    }

    /** A register's current value (the unlisted value for registers not defined). */
    public synchronized long value(int register) {
        return values.getOrDefault(register, map.unlistedValue());
    }

    /**
     * Changes a defined register from the device's side (a new sensor reading), read-only ones included.
     *
     * @throws IllegalArgumentException when the register is not defined or the value does not fit
     */
    public synchronized void setValue(int register, long value) {
        if (!values.containsKey(register)) {
            throw new IllegalArgumentException(String.format("%s has no register 0x%x", map.name(), register));
        }
        if (value < 0 || value >>> (8 * map.registerBytes()) != 0) {
            throw new IllegalArgumentException(String.format("0x%x does not fit a %d-byte register", value,
                    map.registerBytes()));
        }
        values.put(register, value);
    }

    @Override
    public synchronized void onWrite(int i2cAddress, byte[] data) {
        int n = map.pointerBytes();
        if (data.length < n) {
            return; // a probe or a cut-short pointer: nothing changes
        }
        int raw = 0;
        for (int i = 0; i < n; i++) {
            raw = raw << 8 | (data[i] & 0xFF);
        }
        setPointer(raw);
        int byteIndex = 0;
        for (int i = n; i < data.length; i++) {
            RegisterMap.Register reg = map.registers().get(pointer);
            if (reg != null && !reg.readOnly()) {
                int shift = shiftOf(byteIndex);
                long v = values.get(pointer) & ~(0xFFL << shift) | (long) (data[i] & 0xFF) << shift;
                values.put(pointer, v);
            }
            byteIndex = advance(byteIndex);
        }
    }

    @Override
    public synchronized byte[] onRead(int i2cAddress, int length) {
        byte[] out = new byte[length];
        int byteIndex = 0;
        for (int i = 0; i < length; i++) {
            long v = values.getOrDefault(pointer, map.unlistedValue());
            out[i] = (byte) (v >>> shiftOf(byteIndex));
            byteIndex = advance(byteIndex);
        }
        return out;
    }

    private void setPointer(int raw) {
        if (map.autoIncrement() == RegisterMap.AutoIncrement.MSB) {
            int flag = 1 << (8 * map.pointerBytes() - 1);
            incrementing = (raw & flag) != 0;
            pointer = raw & (flag - 1);
        } else {
            pointer = raw;
        }
    }

    /** Bit position of wire byte {@code byteIndex} of a register. */
    private int shiftOf(int byteIndex) {
        int fromLow = map.bigEndian() ? map.registerBytes() - 1 - byteIndex : byteIndex;
        return 8 * fromLow;
    }

    /** Moves past one byte; after a register's last byte, to the next register when incrementing. */
    private int advance(int byteIndex) {
        if (++byteIndex < map.registerBytes()) {
            return byteIndex;
        }
        if (incrementing) {
            pointer = (pointer + 1) % map.registerSpace();
        }
        return 0;
    }

    @Override
    public synchronized String describe() {
        return String.format("regmap '%s' at 0x%02x: %d registers, pointer 0x%02x", map.name(), address,
                map.registers().size(), pointer);
    }
}
