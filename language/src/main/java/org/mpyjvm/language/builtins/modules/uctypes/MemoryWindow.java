package org.mpyjvm.language.builtins.modules.uctypes;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;

/** {@code length} bytes of a registered memory starting at a simulated address: reads and writes go to the memory. */
final class MemoryWindow implements Buffer {
    private final Buffer whole;
    private final int offset;
    private final int length;
    private final long address;

    MemoryWindow(Buffer whole, int offset, int length, long address) {
        this.whole = whole;
        this.offset = offset;
        this.length = length;
        this.address = address;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public int get(int index) {
        return whole.get(offset + index);
    }

    /** Writing read-only memory (a bytes object, a flash image) is refused instead of corrupting it. */
    @Override
    public void set(int index, int value) {
        if (whole.isReadOnly()) {
            throw Errors.valueError("memory at address 0x" + Long.toHexString(address + index) + " is read-only");
        }
        whole.set(offset + index, value);
    }

    @Override
    public boolean isReadOnly() {
        return whole.isReadOnly();
    }

    @Override
    public Object memory() {
        return whole.memory();
    }

    @Override
    public int memoryOffset() {
        return whole.memoryOffset() + offset;
    }

    @Override
    public byte[] copy(int from, int count) {
        return whole.copy(offset + from, count);
    }
}
