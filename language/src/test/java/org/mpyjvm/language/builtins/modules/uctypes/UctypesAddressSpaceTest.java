package org.mpyjvm.language.builtins.modules.uctypes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.ByteArrayBuffer;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyMemoryView;

/** The simulated address space: stable addresses per memory, windows that alias it, faults outside, weak holding. */
class UctypesAddressSpaceTest {
    private final AddressSpace space = new AddressSpace();

    @Test
    void oneMemoryKeepsOneAddressWhicheverViewAsks() {
        PyByteArray ba = new PyByteArray(new byte[32]);
        long a = space.addressOf(ba.buffer());
        assertEquals(a, space.addressOf(ba.buffer()));
        PyMemoryView view = PyMemoryView.of(ba.buffer()).slice(5, 20);
        assertEquals(a + 5, space.addressOf(view.buffer()));
        assertEquals(a + 7, space.addressOf(view.slice(2, 4).buffer()));
        assertEquals(0, a % 16, "ranges start 16-aligned like heap blocks");
        assertTrue(a >= AddressSpace.BASE);
    }

    @Test
    void distinctMemoriesNeverOverlapAndLeaveAGap() {
        long a = space.addressOf(new ByteArrayBuffer(new byte[16], 0, 16, false));
        long b = space.addressOf(new ByteArrayBuffer(new byte[3], 0, 3, false));
        long c = space.addressOf(new ByteArrayBuffer(new byte[0], 0, 0, false));
        assertTrue(b >= a + 16 + 16, "an unmapped gap after each range");
        assertTrue(c >= b + 3 + 1);
        assertThrows(PyException.class, () -> space.window(a + 16, 1), "one past the end is unmapped");
        assertThrows(PyException.class, () -> space.window(a + 10, 7), "a window may not run past its memory");
    }

    @Test
    void windowsReadAndWriteTheMemoryItself() {
        byte[] bytes = new byte[8];
        long a = space.addressOf(new ByteArrayBuffer(bytes, 0, 8, false));
        Buffer w = space.window(a + 2, 4);
        w.set(0, 0xAB);
        assertEquals((byte) 0xAB, bytes[2]);
        bytes[5] = 7;
        assertEquals(7, w.get(3));
        assertEquals(a + 2, space.addressOf(w), "a window reports its own address");
    }

    @Test
    void addressesOutsideEveryMemoryFault() {
        long a = space.addressOf(new ByteArrayBuffer(new byte[4], 0, 4, false));
        for (long bad : new long[]{0, 1, AddressSpace.BASE - 1, a - 1, a + 4, Long.MAX_VALUE, -8}) {
            PyException e = assertThrows(PyException.class, () -> space.window(bad, 1));
            assertEquals("ValueError", e.getPythonException().getPyClass().getName());
            String message = (String) e.getPythonException().getArgs().get(0);
            assertTrue(message.startsWith("no memory at address 0x" + Long.toHexString(bad)), message);
        }
        assertThrows(PyException.class, () -> space.window(a, -1));
    }

    @Test
    void readOnlyMemoryRefusesWrites() {
        byte[] bytes = {1, 2, 3};
        long a = space.addressOf(new ByteArrayBuffer(bytes, 0, 3, true));
        Buffer w = space.window(a, 3);
        assertTrue(w.isReadOnly());
        assertThrows(PyException.class, () -> w.set(0, 9));
        assertEquals(1, bytes[0]);
        // The same array reached through a writable owner is RAM from then on.
        space.addressOf(new ByteArrayBuffer(bytes, 0, 3, false));
        space.window(a, 3).set(0, 9);
        assertEquals(9, bytes[0]);
    }

    @Test
    void anyBufferImplementationIsItsOwnMemory() {
        Buffer region = new Buffer() {
            @Override
            public int length() {
                return 10;
            }

            @Override
            public int get(int index) {
                return index * 3;
            }

            @Override
            public void set(int index, int value) {
                throw new AssertionError("read-only");
            }

            @Override
            public boolean isReadOnly() {
                return true;
            }
        };
        long a = space.addressOf(region);
        assertArrayEquals(new byte[]{12, 15, 18}, space.window(a + 4, 3).copy(0, 3));
        assertEquals(a + 4, space.addressOf(PyMemoryView.of(region).slice(4, 6).buffer()));
    }

    @Test
    void collectedMemoryIsForgotten() throws InterruptedException {
        List<Long> addresses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            addresses.add(space.addressOf(new ByteArrayBuffer(new byte[1024], 0, 1024, false)));
        }
        byte[] kept = new byte[8];
        long keptAddress = space.addressOf(new ByteArrayBuffer(kept, 0, 8, false));
        for (int attempt = 0; attempt < 50 && space.registered() > 1; attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(1, space.registered(), "only the live array stays registered");
        assertThrows(PyException.class, () -> space.window(addresses.get(0), 1));
        assertEquals(keptAddress, space.addressOf(new ByteArrayBuffer(kept, 0, 8, false)));
        long fresh = space.addressOf(new ByteArrayBuffer(new byte[4], 0, 4, false));
        assertTrue(addresses.stream().noneMatch(x -> x == fresh), "addresses are never handed out twice");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261122})
    void randomViewsAgreeWithTheirMemory(long seed) {
        Random random = new Random(seed);
        List<byte[]> memories = new ArrayList<>();
        List<Long> bases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] bytes = new byte[1 + random.nextInt(100)];
            random.nextBytes(bytes);
            memories.add(bytes);
            bases.add(space.addressOf(new ByteArrayBuffer(bytes, 0, bytes.length, false)));
        }
        for (int round = 0; round < 300; round++) {
            int m = random.nextInt(memories.size());
            byte[] bytes = memories.get(m);
            int from = random.nextInt(bytes.length);
            int len = random.nextInt(bytes.length - from + 1);
            Buffer viaView = new ByteArrayBuffer(bytes, from, len, false);
            long address = space.addressOf(viaView);
            assertEquals(bases.get(m) + from, address);
            Buffer w = space.window(address, len);
            byte[] expected = java.util.Arrays.copyOfRange(bytes, from, from + len);
            assertArrayEquals(expected, w.copy(0, len));
            if (len > 0) {
                int at = random.nextInt(len);
                int value = random.nextInt(256);
                w.set(at, value);
                assertEquals((byte) value, bytes[from + at]);
            }
        }
    }
}
