package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Builtin types and modules against outputs recorded from the real MicroPython 1.27 (the npm webassembly build,
 * via tests/tools/run-micropython.mjs): dict/set iteration order, set algebra, sort order of equal keys, and a
 * sweep over the builtin modules.
 */
class TypesAndModulesTest {
    private static void check(String code, String expected) {
        assertEquals(expected + "[exit 0]", ScriptRunner.run(code));
    }

    @Test
    void dictAndSetOrderFollowMicroPythonTables() {
        check("s = {5, 1, 9, 33, 17, \"x\", \"abc\"}\n"
            + "print(s)\n"
            + "d = dict(a=1, b=2, c=3, zz=4)\n"
            + "print(d, d.popitem())\n"
            + "print({1: 'a', True: 'b', 1.0: 'c'}, dict.fromkeys(\"abc\", 0))\n"
            + "a = {1, 2, 3, 17, 33, 49}\n"
            + "print(a.intersection([49, 33, 17, 3, 1]), a & {49, 33, 17, 3, 1}, a - {3}, a ^ {2, 7, 8})\n"
            + "b = set(a); b &= {49, 1, 17}; print(b)\n"
            + "print({None: 'e', 1: 'f', '1': 'b', 1.5: 'd'})\n"
            + "print(d.keys(), d.items(), len(d.values()))\n",
            "{'x', 1, 9, 17, 'abc', 5, 33}\n"
            + "{'zz': 4, 'c': 3, 'b': 2} ('a', 1)\n"
            + "{1: 'c'} {'b': 0, 'c': 0, 'a': 0}\n"
            + "{49, 1, 3, 33, 17} {1, 49, 33, 3, 17} {49, 1, 2, 33, 17} {8, 49, 1, 3, 33, 17, 7}\n"
            + "{49, 17, 1}\n"
            + "{'1': 'b', 1: 'f', None: 'e', 1.5: 'd'}\n"
            + "dict_keys(['zz', 'c', 'b']) dict_items([('zz', 4), ('c', 3), ('b', 2)]) 3\n");
    }

    @Test
    void sortIsMicroPythonsQuicksort() {
        check("rows = [(\"ann\", 31), (\"bob\", 25), (\"cy\", 31), (\"di\", 25), (\"ed\", 40)]\n"
            + "print(sorted(rows, key=lambda r: r[1], reverse=True))\n"
            + "print(sorted(rows, key=lambda r: r[1]))\n"
            + "l = [3, 1, 2]; l.sort(reverse=True); print(l, [1, 2, 3, 2].index(2, 2), (1, 2, 1).count(1))\n",
            "[('ed', 40), ('ann', 31), ('cy', 31), ('di', 25), ('bob', 25)]\n"
            + "[('bob', 25), ('di', 25), ('ann', 31), ('cy', 31), ('ed', 40)]\n"
            + "[3, 2, 1] 3 2\n");
    }

    @Test
    void builtinModulesAndFormatting() {
        check("import struct, json, io, heapq, time, errno, binascii, hashlib\n"
            + "from collections import namedtuple, OrderedDict, deque\n"
            + "print(struct.pack('<hI', -2, 7), struct.unpack('>H', b'\\x01\\x02'), struct.calcsize('<iq'))\n"
            + "print(json.dumps({'b': [1, 2.5, None], 'a': True}), json.loads('{\"x\": [1, {\"y\": \"z\"}]}'))\n"
            + "s = io.StringIO(); print(\"a\", \"b\", sep=\"-\", file=s); print(repr(s.getvalue()))\n"
            + "h = []; [heapq.heappush(h, v) for v in (5, 1, 4)]; print(heapq.heappop(h), h)\n"
            + "print(time.ticks_diff(5, 10), time.gmtime(86400 * 365)[:3])\n"
            + "print(OSError(errno.EIO), errno.errorcode[errno.ENOENT])\n"
            + "print(binascii.hexlify(hashlib.sha256(b\"x\").digest())[:16])\n"
            + "P = namedtuple(\"P\", \"x y\"); p = P(1, y=2); print(p, p.y, tuple(p))\n"
            + "od = OrderedDict([(\"z\", 1), (\"a\", 2)]); print(od)\n"
            + "q = deque((), 2); q.append(1); q.append(2); q.append(3); print(q.popleft(), len(q))\n"
            + "print('%5.2f|%-4d|%s' % (3.14159, 7, 'x'), '{:>6}'.format('ab'), f\"{12:08.3f}\", round(2.675, 2))\n"
            + "print(b'a,b'.split(b','), 'Hello'.upper(), bytearray(b'xy').hex(), 'a b  c'.rsplit(' ', 1))\n",
            "b'\\xfe\\xff\\x07\\x00\\x00\\x00' (258,) 12\n"
            + "{\"a\": true, \"b\": [1, 2.5, null]} {'x': [1, {'y': 'z'}]}\n"
            + "'a-b\\n'\n"
            + "1 [4, 5]\n"
            + "-5 (1971, 1, 1)\n"
            + "[Errno 5] EIO ENOENT\n"
            + "b'2d711642b726b044'\n"
            + "P(x=1, y=2) 2 (1, 2)\n"
            + "OrderedDict({'z': 1, 'a': 2})\n"
            + "2 1\n"
            + " 3.14|7   |x     ab 0012.000 2.68\n"
            + "[b'a', b'b'] HELLO 7879 ['a b ', 'c']\n");
    }

    @Test
    void arrayModuleAndMatchRepr() {
        check("from array import array\n"
            + "a = array('i', [1, 2, -3])\n"
            + "a.append(4); a.extend([5, 6])\n"
            + "print(a, len(a), a[0], a[-1], list(a), bytes(array('h', [1, 256])))\n"
            + "a[1] = 20\n"
            + "print(a[1:3], array('b'), array('f', [1.5, 2]), array('B', b'ab'))\n"
            + "b = array('B', [1, 2]); b[0] = 300; print(b)\n"
            + "print(array('d', [0.1]), array('I', [2**32 - 1]))\n"
            + "import re\n"
            + "print(re.match('a(b)', 'ab'))\n",
            "array('i', [1, 2, -3, 4, 5, 6]) 6 1 6 [1, 2, -3, 4, 5, 6] b'\\x01\\x00\\x00\\x01'\n"
            + "array('i', [20, -3]) array('b') array('f', [1.5, 2.0]) array('B', [97, 98])\n"
            + "array('B', [44, 2])\n"
            + "array('d', [0.1]) array('I', [4294967295])\n"
            + "<match num=2>\n");
    }

    @Test
    void complexNumbersFollowObjcomplex() {
        check("print(1j * 1j, (1 + 1j) ** 2, (2+0j)**0.5, 1/(1+1j), complex('3'), complex(2.5), complex(1, 2) * 2, 2 - 1j)\n"
            + "print(repr(1e20j), repr(complex(1.5, -0.0)), (0j) ** 0, abs(-3j), hash(1+0j) == hash(1))\n"
            + "print(complex(float('inf'), float('nan')), 1j == 1j, (1+2j) == 1, 0j == 0)\n"
            + "try:\n"
            + "    (1+1j) // 2\n"
            + "except TypeError as e:\n"
            + "    print(\"TypeError:\", e)\n"
            + "try:\n"
            + "    1j / 0\n"
            + "except ZeroDivisionError as e:\n"
            + "    print(\"ZeroDivisionError:\", e)\n"
            + "print(type(1j).__name__, (3+4j).conjugate() if hasattr(1j, 'conjugate') else 'noconj')\n",
            "(-1+0j) (1.2246467991473532e-16+2j) (1.414213562373095+0j) (0.5-0.5j) (3+0j) (2.5+0j) (2+4j) (2-1j)\n"
            + "1e+20j (1.5+0j) (1+0j) 3.0 True\n"
            + "(inf+nanj) True False True\n"
            + "TypeError: can't truncate-divide a complex number\n"
            + "ZeroDivisionError: complex divide by zero\n"
            + "complex noconj\n");
    }
}
