package org.mpyjvm.ports.i2c;

import java.util.List;

/**
 * The microcontroller's I2C peripheral as one program object uses it: what a {@code busio.I2C} or
 * {@code machine.I2C} wraps. It claims its pins, keeps the frequency and timeout it was opened with, holds
 * CircuitPython's bus lock, and refuses use after {@link #deinit()}; the transfers themselves go to the
 * {@link I2cBus}, which outlives it.
 *
 * <p>Checks run in CircuitPython's order: deinitialised first, then the lock (when {@code lockRequired}).
 * MicroPython's {@code machine.I2C} opens with {@code lockRequired = false} and no pins to claim.
 */
public final class I2cController implements PinClaims.Owner {
    private final I2cBus bus;
    private final PinClaims pins;
    private final int frequency;
    private final int timeout;
    private final boolean lockRequired;
    private boolean deinitialized;
    /** Who holds CircuitPython's lock ({@code try_lock}); null when free. */
    private Object lockOwner;

    private I2cController(I2cBus bus, PinClaims pins, int frequency, int timeout, boolean lockRequired) {
        this.bus = bus;
        this.pins = pins;
        this.frequency = frequency;
        this.timeout = timeout;
        this.lockRequired = lockRequired;
    }

    /**
     * Opens a controller on {@code bus}, claiming {@code pinIds} in {@code pins} (transiently; see
     * {@link #setPersistent}).
     *
     * @param pins the board's pin registry; null (with no pin ids) when the port does not track pins
     * @throws PinInUseException when a pin is already claimed
     * @throws I2cMisuseException {@code NO_PULL_UPS} when the bus has no pull-ups (pins are left free)
     */
    public static I2cController open(I2cBus bus, PinClaims pins, List<String> pinIds, int frequency, int timeout,
            boolean lockRequired) {
        I2cController c = new I2cController(bus, pins, frequency, timeout, lockRequired);
        if (pins != null) {
            pins.claim(c, false, pinIds);
        } else if (!pinIds.isEmpty()) {
            throw new IllegalArgumentException("pin ids given without a pin registry");
        }
        if (!bus.hasPullUps()) {
            if (pins != null) {
                pins.release(c);
            }
            throw new I2cMisuseException(I2cMisuseException.Reason.NO_PULL_UPS);
        }
        return c;
    }

    public I2cBus bus() {
        return bus;
    }

    /** The frequency asked for, in Hz (the simulation runs at any speed). */
    public int frequency() {
        return frequency;
    }

    /** The clock-stretch timeout asked for (busio ignores it; kept for {@code repr}). */
    public int timeout() {
        return timeout;
    }

    public synchronized boolean isDeinitialized() {
        return deinitialized;
    }

    /**
     * CircuitPython's {@code try_lock}: true when the lock was free and is now {@code owner}'s, false when
     * anyone (the caller too) already holds it.
     */
    public synchronized boolean tryLock(Object owner) {
        checkAlive();
        if (lockOwner != null) {
            return false;
        }
        lockOwner = owner == null ? this : owner;
        return true;
    }

    /** CircuitPython's {@code unlock}: frees the lock whoever holds it. */
    public synchronized void unlock() {
        checkAlive();
        lockOwner = null;
    }

    public synchronized boolean isLocked() {
        return lockOwner != null;
    }

    /** The token given to {@link #tryLock}, or null when unlocked. */
    public synchronized Object lockOwner() {
        return lockOwner;
    }

    /** Present addresses in 0x08..0x77, ascending. */
    public synchronized List<Integer> scan() {
        checkUsable();
        return bus.scan();
    }

    public synchronized boolean probe(int address) {
        checkUsable();
        return bus.probe(address);
    }

    /** Writes then STOP; returns the number of bytes acknowledged. */
    public synchronized int writeTo(int address, byte[] data) {
        return writeTo(address, data, true);
    }

    /** MicroPython's {@code writeto(addr, buf, stop)}. */
    public synchronized int writeTo(int address, byte[] data, boolean stop) {
        checkUsable();
        return bus.write(address, data, stop);
    }

    public synchronized void readFrom(int address, byte[] into) {
        readFrom(address, into, true);
    }

    /** MicroPython's {@code readfrom_into(addr, buf, stop)}. */
    public synchronized void readFrom(int address, byte[] into, boolean stop) {
        checkUsable();
        bus.read(address, into, stop);
    }

    /** Write, repeated start, read, STOP. */
    public synchronized void writeThenRead(int address, byte[] out, byte[] in) {
        checkUsable();
        bus.writeThenRead(address, out, in);
    }

    /**
     * MicroPython's {@code readfrom_mem(addr, memaddr, n, addrsize=8)}: the memory address, big endian in
     * {@code addrsize / 8} bytes, then a repeated start and the read.
     */
    public synchronized void readFromMemory(int address, int memoryAddress, int addressBits, byte[] into) {
        checkUsable();
        bus.writeThenRead(address, memoryAddressBytes(memoryAddress, addressBits), into);
    }

    /** MicroPython's {@code writeto_mem(addr, memaddr, buf, addrsize=8)}: address bytes and data in one write. */
    public synchronized void writeToMemory(int address, int memoryAddress, int addressBits, byte[] data) {
        checkUsable();
        byte[] prefix = memoryAddressBytes(memoryAddress, addressBits);
        byte[] out = new byte[prefix.length + data.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(data, 0, out, prefix.length, data.length);
        bus.write(address, out, true);
    }

    /** {@code addrsize} bits (8, 16, 24 or 32; MicroPython sends the low {@code addrsize / 8} bytes). */
    private static byte[] memoryAddressBytes(int memoryAddress, int addressBits) {
        if (addressBits < 8 || addressBits > 32 || addressBits % 8 != 0) {
            throw new IllegalArgumentException("addrsize must be 8, 16, 24 or 32, not " + addressBits);
        }
        byte[] out = new byte[addressBits / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (memoryAddress >>> (8 * (out.length - 1 - i)));
        }
        return out;
    }

    /** Releases the pins and the lock; idempotent, as {@code busio.I2C.deinit()} is. */
    public void deinit() {
        synchronized (this) {
            if (deinitialized) {
                return;
            }
            deinitialized = true;
            lockOwner = null;
        }
        bus.stop();
        if (pins != null) {
            pins.release(this);
        }
    }

    /**
     * Whether the pins survive the end of the VM: true for CircuitPython's statically allocated
     * {@code board.I2C()} singleton, false (the default) for objects a program creates.
     */
    public void setPersistent(boolean persistent) {
        if (pins != null) {
            pins.setPersistent(this, persistent);
        }
    }

    /** The VM ended and took the pins back: the object is dead, as CircuitPython's reset makes it. */
    @Override
    public void pinsReleased() {
        synchronized (this) {
            deinitialized = true;
            lockOwner = null;
        }
        bus.stop();
    }

    private void checkAlive() {
        if (deinitialized) {
            throw new I2cMisuseException(I2cMisuseException.Reason.DEINITIALIZED);
        }
    }

    private void checkUsable() {
        checkAlive();
        if (lockRequired && lockOwner == null) {
            throw new I2cMisuseException(I2cMisuseException.Reason.LOCK_REQUIRED);
        }
    }
}
