package org.mpyjvm.language.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** hash() values printed by MicroPython 1.27 (npm webassembly build), plus unix-port (64-bit) cases. */
class MpHashTest {
    private static final MpHash WASM = MpHash.WEBASSEMBLY;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|5381", "a|46532", "abc|12933", "hello world|21317", "é|25231", "日本語|13723", "key_17|38987"})
    void strHash(String s, long expected) {
        assertEquals(expected, WASM.ofStr(s));
        assertEquals(expected, MpHash.UNIX.ofStr(s));
    }

    @Test
    void longStrAndBytesHash() {
        assertEquals(3333, WASM.ofStr("x".repeat(100)));
        assertEquals(12933, WASM.ofBytes(new byte[] {'a', 'b', 'c'}));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0", "1|1", "-1|-1", "12345|12345", "-12345|-12345", "1073741823|1073741823",
        "-1073741824|-1073741824", "1073741824|-1073741824", "2147483648|0", "4294967303|7",
        "-4294967303|-7", "4611686018427387907|3", "-18446744073709551625|-9",
        "1000000000000000000000000000000|-1073741824"})
    void intHashOnWebassembly(String value, long expected) {
        BigInteger v = new BigInteger(value);
        assertEquals(expected, WASM.ofBigInt(v));
        if (v.bitLength() < 64) {
            assertEquals(expected, WASM.ofInt(v.longValue()));
        }
    }

    @Test
    void intHashOnUnixUsesSixtyThreeBitSmallInts() {
        assertEquals(1L << 40, MpHash.UNIX.ofInt(1L << 40));
        assertEquals(-(1L << 62), MpHash.UNIX.ofInt(1L << 62));
        assertEquals(-(1L << 62), MpHash.UNIX.ofInt(-(1L << 62)));
        assertEquals(9, MpHash.UNIX.ofBigInt(BigInteger.TWO.pow(64).add(BigInteger.valueOf(9))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.0|0", "-0.0|0", "0.5|0", "1.5|1", "-2.5|-2", "7.0|7", "1e9|1000000000", "3e9|-1", "-3e9|0",
        "1e300|-1", "Infinity|-1", "-Infinity|0", "NaN|0"})
    void floatHashOnWebassembly(double value, long expected) {
        assertEquals(expected, WASM.ofFloat(value));
    }

    @Test
    void floatHashOnUnixCastsLikeX86() {
        assertEquals(3_000_000_000L, MpHash.UNIX.ofFloat(3e9));
        assertEquals(0, MpHash.UNIX.ofFloat(1e300));
        assertEquals(0, MpHash.UNIX.ofFloat(Double.POSITIVE_INFINITY));
        assertEquals(0, MpHash.UNIX.ofFloat(Double.NaN));
        assertEquals(-2, MpHash.UNIX.ofFloat(-2.5));
    }

    @Test
    void tupleHash() {
        assertEquals(98208, WASM.ofTuple());
        assertEquals(98211, WASM.ofTuple(1, 2));
        PlainKeys keys = new PlainKeys(WASM);
        assertEquals(144737, keys.hash(List.of("a", -5L, 2.5)));
    }

    @Test
    void lookupInEmptyMapDoesNotHash() {
        PlainKeys keys = new PlainKeys(WASM);
        MpMap map = new MpMap(keys, MachineWord.BITS32);
        assertNull(map.get("x"));
        assertNull(map.remove("x"));
        assertEquals(0, keys.hashCalls);
    }

    @Test
    void growthFollowsAllocationTableAndFillsToTheBrim() {
        PlainKeys keys = new PlainKeys(MpHash.UNIX);
        MpMap map = new MpMap(keys, MachineWord.BITS64);
        int[] seen = {0, 2, 2, 4, 4, 6, 6, 8, 8, 10, 10, 12, 12, 17};
        for (long i = 1; i < seen.length; i++) {
            map.put(i, i);
            assertEquals(seen[(int) i], map.alloc(), "after " + i + " keys");
        }
        assertEquals(54907, MpMap.allocationAtLeast(54907));
        assertEquals(82363, MpMap.allocationAtLeast(54908));
    }

    @Test
    void reassigningKeepsTheOriginalKeyObject() {
        PlainKeys keys = new PlainKeys(MpHash.UNIX);
        MpMap map = new MpMap(keys, MachineWord.BITS64);
        map.put(Boolean.TRUE, "true");
        assertEquals("true", map.put(1L, "one"));
        assertEquals(List.of(Boolean.TRUE), map.keys());
        assertEquals("one", map.get(1.0));
    }

    @Test
    void orderedMapKeepsInsertionOrder() {
        MpMap map = MpMap.ordered(new PlainKeys(MpHash.UNIX), MachineWord.BITS64);
        for (String k : new String[] {"z", "a", "m", "b"}) {
            map.put(k, k);
        }
        map.remove("a");
        map.put("a", "again");
        assertEquals(List.of("z", "m", "b", "a"), map.keys());
        assertEquals("a", map.removeFirst().getKey());
    }

    @Test
    void negativeIntSlotsDifferBetweenWordWidths() {
        // -1 as mp_uint_t is 2^64-1 on unix and 2^32-1 on webassembly: the same slot of 6, not of 23
        assertEquals(3, MachineWord.BITS64.slot(-1, 6));
        assertEquals(3, MachineWord.BITS32.slot(-1, 6));
        assertEquals(5, MachineWord.BITS64.slot(-1, 23));
        assertEquals(11, MachineWord.BITS32.slot(-1, 23));
    }
}
