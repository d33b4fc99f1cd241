package org.mpyjvm.ports.i2c;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.blockdev.FileStore;
import org.mpyjvm.runtime.blockdev.HeapStore;
import org.mpyjvm.runtime.blockdev.MediaStore;

/**
 * An AT24Cxx I2C EEPROM (default address 0x50) whose cells live in a {@link MediaStore}: heap memory, or a host
 * file so the contents survive runs as the chip's would. A new part reads 0xFF everywhere.
 *
 * <p>Protocol, as the datasheets give it:
 * <ul>
 *   <li>a write starts with the memory address (one byte, the high bits taken from the device address on parts
 *       up to 24C16; two bytes, high first, from 24C32); address bits beyond the size are ignored;</li>
 *   <li>data bytes after the address are latched into the page and programmed at STOP; past the end of the page
 *       the address wraps to the page start and overwrites what was sent earlier (page-write roll-over);
 *       a repeated start instead of STOP abandons the write, as the part does;</li>
 *   <li>an address-only write just moves the pointer ("dummy write" before a random read);</li>
 *   <li>reads continue from the pointer through the whole memory, wrapping from the last byte to byte 0.</li>
 * </ul>
 * Not simulated: the 5 ms write cycle during which the part NACKs (drivers' acknowledge polling succeeds at once)
 * and the write-protect pin.
 */
public final class At24 implements I2cDevice {
    public static final int DEFAULT_ADDRESS = 0x50;
    public static final byte ERASED = (byte) 0xFF;

    private final At24Chip chip;
    private final int address;
    private final MediaStore store;
    private int pointer;
    /** The page latch: bytes waiting for STOP, at their offsets in page {@code latchedPage} (-1: none). */
    private final byte[] latch;
    private final boolean[] latched;
    private int latchedPage = -1;

    public At24(At24Chip chip, int address, MediaStore store) {
        if (store.size() != chip.size()) {
            throw new IllegalArgumentException("store has " + store.size() + " bytes, a " + chip.partName()
                    + " has " + chip.size());
        }
        this.chip = chip;
        this.address = address;
        this.store = store;
        this.latch = new byte[chip.pageSize()];
        this.latched = new boolean[chip.pageSize()];
    }

    /** A part that forgets its contents when the JVM ends. */
    public static At24 inMemory(At24Chip chip, int address) {
        return new At24(chip, address, HeapStore.filled(chip.size(), ERASED));
    }

    /**
     * A part whose cells are the bytes of {@code file} (created erased when absent; an existing file must be
     * exactly the part's size).
     */
    public static At24 persisted(At24Chip chip, int address, Path file) throws IOException {
        return new At24(chip, address, FileStore.open(file, chip.size(), ERASED, false));
    }

    @Override
    public String kind() {
        return "at24";
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public int addressSpan() {
        return chip.addressSpan();
    }

    public At24Chip chip() {
        return chip;
    }

    @Override
    public synchronized void onWrite(int i2cAddress, byte[] data) {
        discardPending();
        int n = chip.addressBytes();
        if (data.length < n) {
            return; // a probe, or an incomplete address: the pointer stays
        }
        int memory = 0;
        for (int i = 0; i < n; i++) {
            memory = memory << 8 | (data[i] & 0xFF);
        }
        if (n == 1) {
            memory |= (i2cAddress - address) << 8;
        }
        memory &= chip.size() - 1;
        pointer = memory;
        int page = chip.pageSize();
        int pageBase = memory - memory % page;
        int offset = memory % page;
        for (int i = n; i < data.length; i++) {
            latchedPage = pageBase;
            latch[offset] = data[i];
            latched[offset] = true;
            offset = (offset + 1) % page;
        }
        if (data.length > n) {
            pointer = pageBase + offset;
        }
    }

    @Override
    public synchronized byte[] onRead(int i2cAddress, int length) {
        // A read after a write without STOP is a repeated start: the part drops the unprogrammed page.
        discardPending();
        byte[] out = new byte[length];
        try {
            int done = 0;
            while (done < length) {
                int n = Math.min(length - done, chip.size() - pointer);
                store.read(pointer, out, done, n);
                done += n;
                pointer = (pointer + n) % chip.size();
            }
        } catch (IOException e) {
            throw storeFailed(e);
        }
        return out;
    }

    @Override
    public synchronized void onStop(int i2cAddress) {
        if (latchedPage < 0) {
            return;
        }
        try {
            for (int i = 0; i < latch.length; i++) {
                if (latched[i]) {
                    store.write(latchedPage + i, latch, i, 1);
                }
            }
            store.flush();
        } catch (IOException e) {
            throw storeFailed(e);
        } finally {
            discardPending();
        }
    }

    /** The whole memory, for tools and tests. */
    public synchronized byte[] contents() {
        byte[] out = new byte[chip.size()];
        try {
            store.read(0, out, 0, out.length);
        } catch (IOException e) {
            throw storeFailed(e);
        }
        return out;
    }

    public synchronized void close() throws IOException {
        store.close();
    }

    @Override
    public String describe() {
        int used = 0;
        for (byte b : contents()) {
            if (b != ERASED) {
                used++;
            }
        }
        String where = store instanceof FileStore f ? "file " + f.path() : "memory";
        return String.format("at24 (%s, %d bytes) at 0x%02x%s in %s: %d bytes not 0xff", chip.partName(),
                chip.size(), address, chip.addressSpan() > 1
                        ? String.format("-0x%02x", address + chip.addressSpan() - 1) : "", where, used);
    }

    private void discardPending() {
        latchedPage = -1;
        Arrays.fill(latched, false);
    }

    private I2cException storeFailed(IOException e) {
        return new I2cException(Errno.EIO, address, "at24 store failed: " + e.getMessage());
    }
}
