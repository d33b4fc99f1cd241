package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * uctypes through scripts: behaviour recorded from MicroPython 1.27 (npm build) where the simulated memory
 * agrees with it, mpy-jvm's own rules where it cannot (addresses outside every buffer, read-only bytes, 8-byte
 * pointers), and a seeded model check of scalar reads and writes against java.nio.ByteBuffer.
 */
class UctypesModuleTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run("import uctypes\nU = uctypes\n" + code));
    }

    private static final String TRY = "def t(f):\n"
        + "    try:\n"
        + "        print(f())\n"
        + "    except Exception as e:\n"
        + "        print(type(e).__name__, e)\n";

    @Test
    void recordedFieldSemantics() {
        // Output of MicroPython 1.27 for the same script.
        check(TRY
            + "b = bytearray(b'\\xff\\xfe\\x83\\x04\\x05\\x06\\x07\\x88')\n"
            + "a = U.addressof(b)\n"
            + "s = U.struct(a, {'i16': U.INT16 | 0, 'u32': U.UINT32 | 0, 'sbf': U.BFINT8 | 0 | 4 << U.BF_LEN,"
            + " 'ubf': U.BFUINT32 | 0 | 30 << U.BF_POS | 2 << U.BF_LEN, 'f32': U.FLOAT32 | 0}, U.BIG_ENDIAN)\n"
            + "print(s.i16, s.u32, s.sbf, s.ubf, s.f32)\n"
            + "print(U.struct(a, {'a': U.UINT16 | 0}, 3).a, U.struct(a, {'a': U.UINT16 | 0}, True).a)\n"
            + "t(lambda: s.nope)\n"
            + "t(lambda: s[0])\n"
            + "t(lambda: U.struct(a, (U.ARRAY | 0, U.INT8 | 4))[4])\n"
            + "t(lambda: U.struct(a, (U.ARRAY | 0, U.INT8 | 4))[1])\n"
            + "t(lambda: U.struct(a, (U.ARRAY | 0, U.INT8 | 4)).x)\n"
            + "t(lambda: U.struct(b, {}))\n"
            + "t(lambda: U.struct(a))\n"
            + "t(lambda: U.sizeof(s, 1))\n"
            + "t(lambda: U.sizeof({1: U.UINT8}))\n"
            + "t(lambda: U.bytes_at(a + 6, 2))\n"
            + "t(lambda: U.bytes_at(a, 0))\n"
            + "del s.i16\n"
            + "print(s.__class__, type(s).__name__, isinstance(s, U.struct), getattr(s, 'i16', 5))\n",
            "-2 4294869764 15 3 nan\n"
                + "65534 65534\n"
                + "KeyError nope\n"
                + "TypeError struct: can't index\n"
                + "IndexError struct: index out of range\n"
                + "-2\n"
                + "TypeError struct: no fields\n"
                + "TypeError can't convert bytearray to int\n"
                + "TypeError function missing 1 required positional arguments\n"
                + "TypeError \n"
                + "1\n"
                + "b'\\x07\\x88'\n"
                + "b''\n"
                + "<class 'struct'> struct True -2\n");
    }

    @Test
    void bitfieldStoresKeepNeighbours() {
        check("m = bytearray(4)\n"
            + "s = U.struct(U.addressof(m), {'lo': U.BFUINT16 | 0 | 0 << U.BF_POS | 4 << U.BF_LEN,"
            + " 'mid': U.BFUINT16 | 0 | 4 << U.BF_POS | 8 << U.BF_LEN, 'top': U.BFUINT16 | 0 | 12 << U.BF_POS"
            + " | 4 << U.BF_LEN}, U.BIG_ENDIAN)\n"
            + "s.lo = 0x1f; s.mid = 0xab; s.top = 0x7\n"
            + "print(s.lo, hex(s.mid), s.top, m)\n"
            + "s.mid = 0\n"
            + "print(s.lo, s.mid, s.top, m)\n",
            "15 0xab 7\n".replace("7\n", "7 bytearray(b'z\\xbf\\x00\\x00')\n")
                + "15 0 7 bytearray(b'p\\x0f\\x00\\x00')\n");
    }

    @Test
    void bytearrayAtAliasesUntilItGrows() {
        check("b = bytearray(b'abcdef')\n"
            + "a = U.addressof(b)\n"
            + "v = U.bytearray_at(a + 2, 3)\n"
            + "v[0] = ord('X')\n"
            + "print(b, v, U.addressof(v) - a)\n"
            + "v[1:3] = b'YZ'\n"
            + "print(b)\n"
            + "v.append(33)\n"
            + "v[0] = ord('-')\n"
            + "print(b, v)\n",
            "bytearray(b'abXdef') bytearray(b'Xde') 2\n"
                + "bytearray(b'abXYZf')\n"
                + "bytearray(b'abXYZf') bytearray(b'-YZ!')\n");
    }

    @Test
    void memoryOutsideEveryBufferIsAValueError() {
        check(TRY
            + "b = bytearray(8)\n"
            + "a = U.addressof(b)\n"
            + "t(lambda: U.bytes_at(0x1000, 4))\n"
            + "t(lambda: U.bytes_at(a + 6, 4)[:0])\n"
            + "t(lambda: U.struct(a + 8, {'x': U.UINT8 | 0}).x)\n"
            + "t(lambda: U.struct(a, {'x': U.UINT32 | 6}).x)\n"
            + "t(lambda: U.bytearray_at(a, -1))\n"
            + "s = U.struct(0x1000, {'x': U.UINT8 | 0})\n"
            + "print('creating is fine', repr(s))\n",
            "ValueError no memory at address 0x1000 (mpy-jvm's memory is only that of buffer objects)\n"
                + "ValueError no memory at address 0x" + Long.toHexString(0x2000_0000L + 6)
                + " (mpy-jvm's memory is only that of buffer objects)\n"
                + "ValueError no memory at address 0x20000008 (mpy-jvm's memory is only that of buffer objects)\n"
                + "ValueError no memory at address 0x20000006 (mpy-jvm's memory is only that of buffer objects)\n"
                + "ValueError no memory at address 0x20000000 (mpy-jvm's memory is only that of buffer objects)\n"
                + "creating is fine <struct STRUCT 1000>\n");
    }

    @Test
    void bytesAndStrAreReadOnlyMemory() {
        check(TRY
            + "bb = b'\\x01\\x02\\x03\\x04'\n"
            + "s = U.struct(U.addressof(bb), {'a': U.UINT16 | 0}, U.LITTLE_ENDIAN)\n"
            + "print(s.a)\n"
            + "t(lambda: setattr(s, 'a', 9))\n"
            + "print(bb)\n"
            + "text = 'h\\u00e9llo'\n"
            + "ta = U.addressof(text)\n"
            + "print(ta == U.addressof(text), U.bytes_at(ta, 6))\n",
            "513\n"
                + "ValueError memory at address 0x" + Long.toHexString(0x2000_0000L) + " is read-only\n"
                + "b'\\x01\\x02\\x03\\x04'\n"
                + "True b'h\\xc3\\xa9llo'\n");
    }

    @Test
    void pointersAreEightBytesAndFollowAddresses() {
        check("data = bytearray(b'\\x10\\x20\\x30\\x40')\n"
            + "cell = bytearray(8)\n"
            + "P = {'p': (U.PTR | 0, U.UINT16)}\n"
            + "print(U.sizeof(P), U.sizeof((U.PTR | 0, U.UINT8)), U.LONG == U.INT64, U.ULONG == U.UINT64)\n"
            + "U.struct(U.addressof(cell), {'v': U.UINT64 | 0}).v = U.addressof(data) + 1\n"
            + "p = U.struct(U.addressof(cell), P).p\n"
            + "print(hex(p[0]), int(p) - U.addressof(data), bytes(p) == bytes(cell))\n"
            + "p[0] = 5\n"
            + "print(data)\n",
            "8 8 True True\n"
                + "0x3020 1 True\n"
                + "bytearray(b'\\x10 0@')\n");
    }

    @Test
    void arraysAndMemoryviewsShareTheAddressOfTheirMemory() {
        check("import array\n"
            + "arr = array.array('H', [1, 2, 3, 4])\n"
            + "a = U.addressof(arr)\n"
            + "s = U.struct(a, (U.ARRAY | 0, U.UINT16 | 4))\n"
            + "s[2] = 300\n"
            + "print(arr, U.addressof(arr) == a)\n"
            + "mv = memoryview(bytearray(10))\n"
            + "print(U.addressof(mv[3:]) - U.addressof(mv), U.addressof(mv[3:][2:]) - U.addressof(mv))\n",
            "array('H', [1, 2, 300, 4]) True\n"
                + "3 5\n");
    }

    /** One random scalar field per round, read and written through uctypes and checked with ByteBuffer. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 99, 2024, 31337})
    void scalarsMatchAByteBufferModel(long seed) {
        Random random = new Random(seed);
        String[] names = {"UINT8", "INT8", "UINT16", "INT16", "UINT32", "INT32", "UINT64", "INT64"};
        byte[] memory = new byte[40];
        random.nextBytes(memory);
        StringBuilder script = new StringBuilder("m = bytearray(" + bytesLiteral(memory) + ")\na = U.addressof(m)\n");
        StringBuilder expected = new StringBuilder();
        for (int round = 0; round < 40; round++) {
            int type = random.nextInt(names.length);
            int size = 1 << (type >> 1);
            boolean signed = (type & 1) != 0;
            int offset = random.nextInt(memory.length - size + 1);
            int layout = random.nextInt(3);
            boolean big = layout == 1;
            String desc = "{'f': U." + names[type] + " | " + offset + "}";
            ByteBuffer view = ByteBuffer.wrap(memory).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            script.append("s = U.struct(a, ").append(desc).append(", ").append(layout).append(")\nprint(s.f)\n");
            expected.append(read(view, offset, size, signed)).append('\n');
            BigInteger value = new BigInteger(70, random).subtract(BigInteger.ONE.shiftLeft(69));
            script.append("s.f = ").append(value).append("\nprint(s.f)\n");
            long bits = value.longValue();
            for (int i = 0; i < size; i++) {
                int shift = 8 * (big ? size - 1 - i : i);
                memory[offset + i] = (byte) (bits >>> shift);
            }
            expected.append(read(view, offset, size, signed)).append('\n');
        }
        script.append("print(m == bytearray(").append(bytesLiteral(memory)).append("))\n");
        expected.append("True\n");
        check(script.toString(), expected.toString());
    }

    private static String read(ByteBuffer view, int offset, int size, boolean signed) {
        long v = switch (size) {
            case 1 -> signed ? view.get(offset) : view.get(offset) & 0xff;
            case 2 -> signed ? view.getShort(offset) : view.getShort(offset) & 0xffff;
            case 4 -> signed ? view.getInt(offset) : view.getInt(offset) & 0xffffffffL;
            default -> view.getLong(offset);
        };
        return size == 8 && !signed ? Long.toUnsignedString(v) : Long.toString(v);
    }

    private static String bytesLiteral(byte[] bytes) {
        StringBuilder sb = new StringBuilder("b'");
        for (byte b : bytes) {
            sb.append(String.format("\\x%02x", b & 0xff));
        }
        return sb.append('\'').toString();
    }
}
