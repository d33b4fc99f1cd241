package org.mpyjvm.language.builtins.modules.uctypes;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.ByteArrayBuffer;

/**
 * The simulated memory behind uctypes addresses. The JVM has no raw memory, so each piece of memory a script asks
 * the address of (a bytearray's array, a ROMFS image, ...; see {@link Buffer#memory()}) is given a fixed range of
 * fake addresses the first time, starting at {@link #BASE} like a microcontroller's SRAM. An address inside a range
 * reads and writes that memory; any other address raises ValueError where MicroPython would read whatever is there
 * or crash. Memory is held weakly: once its owner is garbage, its range is forgotten (and never handed out again).
 */
final class AddressSpace {
    static final long BASE = 0x2000_0000L;
    /** Ranges start 16-aligned, as heap blocks do, with at least 16 unmapped bytes between two ranges. */
    private static final long ALIGN = 16;

    private final Map<MemoryKey, Block> byMemory = new HashMap<>();
    private final TreeMap<Long, Block> byAddress = new TreeMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    private long next = BASE;

    /** One registered piece of memory: {@code length} bytes from {@code base}. */
    private static final class Block {
        final long base;
        final long length;
        final MemoryKey key;
        boolean readOnly;

        Block(long base, long length, MemoryKey key, boolean readOnly) {
            this.base = base;
            this.length = length;
            this.key = key;
            this.readOnly = readOnly;
        }

        /** The whole memory as a buffer, or null once collected. */
        Buffer whole() {
            Object memory = key.get();
            if (memory instanceof byte[] bytes) {
                return new ByteArrayBuffer(bytes, 0, bytes.length, readOnly);
            }
            return (Buffer) memory;
        }
    }

    /** A weak reference compared by the identity of its referent (a byte[] or a Buffer). */
    private static final class MemoryKey extends WeakReference<Object> {
        private final int hash;

        MemoryKey(Object memory, ReferenceQueue<Object> queue) {
            super(memory, queue);
            this.hash = System.identityHashCode(memory);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof MemoryKey k && k.get() != null && k.get() == get();
        }
    }

    /** The address of {@code buffer}'s first byte, registering its memory on first use. */
    synchronized long addressOf(Buffer buffer) {
        expunge();
        Object memory = buffer.memory();
        if (!(memory instanceof byte[]) && !(memory instanceof Buffer)) {
            throw new IllegalStateException("Buffer.memory() must be a byte[] or a Buffer: " + memory);
        }
        Block block = byMemory.get(new MemoryKey(memory, null));
        if (block == null) {
            MemoryKey key = new MemoryKey(memory, collected);
            long length = memory instanceof byte[] bytes ? bytes.length : ((Buffer) memory).length();
            block = new Block(next, length, key, buffer.isReadOnly());
            next += (length + ALIGN - 1) / ALIGN * ALIGN + ALIGN;
            byMemory.put(key, block);
            byAddress.put(block.base, block);
        } else if (!buffer.isReadOnly()) {
            block.readOnly = false; // the same memory reached through a writable owner (a bytearray) is RAM
        }
        return block.base + buffer.memoryOffset();
    }

    /** The {@code length} bytes at {@code address} as a live buffer; ValueError unless all lie in one memory. */
    synchronized Buffer window(long address, long length) {
        expunge();
        Map.Entry<Long, Block> e = byAddress.floorEntry(address);
        Buffer whole = e == null ? null : e.getValue().whole();
        long offset = e == null ? -1 : address - e.getKey();
        if (whole == null || length < 0 || length > Integer.MAX_VALUE || offset + length > whole.length()) {
            throw invalid(address);
        }
        return new MemoryWindow(whole, (int) offset, (int) length, address);
    }

    static PyException invalid(long address) {
        return Errors.valueError("no memory at address 0x" + Long.toHexString(address) + " (mpy-jvm's memory is "
            + "only that of buffer objects)");
    }

    /** How many memories are registered (for tests of the weak references). */
    synchronized int registered() {
        expunge();
        return byMemory.size();
    }

    private void expunge() {
        for (Reference<?> r = collected.poll(); r != null; r = collected.poll()) {
            Block block = byMemory.remove((MemoryKey) r);
            if (block != null) {
                byAddress.remove(block.base);
            }
        }
    }
}
