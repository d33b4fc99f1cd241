package org.mpyjvm.ports.i2c;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wires of one I2C bus and the peripherals soldered to them. It outlives the controller objects that drive
 * it ({@link I2cController}: one per {@code busio.I2C}/{@code machine.I2C}), as a real display keeps its RAM
 * when the program that drew on it ends.
 *
 * <p>Transfers are atomic: the bus matches the address (NACK becomes an {@link I2cException} carrying the port's
 * errno, see {@link NackErrno}), hands the device the bytes, and remembers which devices saw a transfer without
 * STOP so the next STOP reaches them (a repeated start does not).
 */
public final class I2cBus {
    /** Addresses 0x00-0x07 and 0x78-0x7F are reserved by the I2C specification; scans skip them. */
    public static final int FIRST_SCAN_ADDRESS = 0x08;
    public static final int LAST_SCAN_ADDRESS = 0x77;

    private final String name;
    private final NackErrno nackErrno;
    private final TreeMap<Integer, I2cDevice> byAddress = new TreeMap<>();
    private final List<I2cDevice> devices = new ArrayList<>();
    /** Addresses whose transfer ended without STOP (the controller will send a repeated start or a STOP next). */
    private final Set<Integer> awaitingStop = new LinkedHashSet<>();
    private boolean pullUps = true;

    /**
     * @param name the bus as its board names it (e.g. {@code "I2C0"}, {@code "i2c0"}, {@code "X"})
     * @param nackErrno how the board's port reports an unacknowledged address
     */
    public I2cBus(String name, NackErrno nackErrno) {
        this.name = name;
        this.nackErrno = nackErrno;
    }

    public String name() {
        return name;
    }

    public NackErrno nackErrno() {
        return nackErrno;
    }

    /** Whether SDA and SCL have pull-up resistors; CircuitPython refuses to open a bus without them. */
    public synchronized boolean hasPullUps() {
        return pullUps;
    }

    public synchronized void setPullUps(boolean present) {
        this.pullUps = present;
    }

    /**
     * Connects a device at every address it answers.
     *
     * @throws IllegalArgumentException when an address is outside 0x00-0x7F or already answered by another device
     */
    public synchronized void attach(I2cDevice device) {
        int first = device.address();
        int span = device.addressSpan();
        if (first < 0 || span < 1 || first + span - 1 > 0x7F) {
            throw new IllegalArgumentException(String.format("%s: address 0x%02x (+%d) is not a 7-bit address",
                    device.kind(), first, span - 1));
        }
        for (int a = first; a < first + span; a++) {
            I2cDevice other = byAddress.get(a);
            if (other != null) {
                throw new IllegalArgumentException(String.format(
                        "bus %s: address 0x%02x is already taken by %s; give the %s another address",
                        name, a, other.kind(), device.kind()));
            }
        }
        for (int a = first; a < first + span; a++) {
            byAddress.put(a, device);
        }
        devices.add(device);
    }

    /** Disconnects the device answering {@code address} (all its addresses); false when there is none. */
    public synchronized boolean detach(int address) {
        I2cDevice device = byAddress.get(address);
        if (device == null) {
            return false;
        }
        byAddress.values().removeIf(d -> d == device);
        devices.remove(device);
        return true;
    }

    public synchronized Optional<I2cDevice> deviceAt(int address) {
        return Optional.ofNullable(byAddress.get(address));
    }

    /** The connected devices in the order they were attached. */
    public synchronized List<I2cDevice> devices() {
        return List.copyOf(devices);
    }

    /** Probes 0x08..0x77 in ascending order with a zero-length write, as MicroPython and CircuitPython do. */
    public synchronized List<Integer> scan() {
        List<Integer> found = new ArrayList<>();
        for (int a = FIRST_SCAN_ADDRESS; a <= LAST_SCAN_ADDRESS; a++) {
            if (probe(a)) {
                found.add(a);
            }
        }
        return found;
    }

    /** A zero-length write followed by STOP; true when acknowledged. */
    public synchronized boolean probe(int address) {
        checkAddress(address);
        I2cDevice device = byAddress.get(address);
        if (device == null) {
            stopPending();
            return false;
        }
        device.onWrite(address, new byte[0]);
        awaitingStop.add(address);
        stopPending();
        return true;
    }

    /**
     * Writes {@code data} (possibly empty) to {@code address}.
     *
     * @param stop send STOP after the transfer; false leaves the bus for a repeated start
     * @return the number of data bytes the device acknowledged (simulated devices take them all)
     * @throws I2cException when no device acknowledges the address
     */
    public synchronized int write(int address, byte[] data, boolean stop) {
        I2cDevice device = addressed(address, false, data.length);
        device.onWrite(address, data.clone());
        awaitingStop.add(address);
        if (stop) {
            stopPending();
        }
        return data.length;
    }

    /**
     * Reads {@code into.length} (at least 1) bytes from {@code address} into {@code into}.
     *
     * @throws I2cException when no device acknowledges the address
     */
    public synchronized void read(int address, byte[] into, boolean stop) {
        if (into.length == 0) {
            throw new IllegalArgumentException("a read transfers at least one byte");
        }
        I2cDevice device = addressed(address, true, into.length);
        byte[] got = device.onRead(address, into.length);
        if (got.length != into.length) {
            throw new IllegalStateException(device.kind() + " returned " + got.length + " bytes for a read of "
                    + into.length);
        }
        System.arraycopy(got, 0, into, 0, into.length);
        awaitingStop.add(address);
        if (stop) {
            stopPending();
        }
    }

    /** Write, repeated start, read, STOP: how drivers read a register ({@code writeto_then_readfrom}). */
    public synchronized void writeThenRead(int address, byte[] out, byte[] in) {
        write(address, out, false);
        read(address, in, true);
    }

    /** Sends STOP to whatever transfer was left open (a controller being released mid-transaction). */
    public synchronized void stop() {
        stopPending();
    }

    private I2cDevice addressed(int address, boolean read, int length) {
        checkAddress(address);
        I2cDevice device = byAddress.get(address);
        if (device == null) {
            // A NACKed address byte ends the transfer with STOP on every port.
            stopPending();
            throw I2cException.nack(nackErrno.errnoFor(read, length), address);
        }
        return device;
    }

    private void stopPending() {
        List<Integer> pending = new ArrayList<>(awaitingStop);
        awaitingStop.clear();
        for (int a : pending) {
            I2cDevice device = byAddress.get(a);
            if (device != null) {
                device.onStop(a);
            }
        }
    }

    private static void checkAddress(int address) {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException(String.format("address %d is not a 7-bit I2C address", address));
        }
    }
}
