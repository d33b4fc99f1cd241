package org.mpyjvm.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DictStorage, SetAlgebra and ListSort on plain values (no context needed): the orders asserted here were printed
 * by the real MicroPython 1.27 for the same operations.
 */
class DictStorageTest {
    private static PySet set(int alloc, Object... items) {
        PySet s = PySet.withAllocation(alloc);
        for (Object item : items) {
            s.add(item);
        }
        return s;
    }

    @Test
    void setDisplayIteratesInTableOrder() {
        // {5, 1, 9, 33, 17, "x", "abc"} prints {'x', 1, 9, 17, 'abc', 5, 33}
        PySet s = set(7, 5L, 1L, 9L, 33L, 17L, "x", "abc");
        assertEquals(List.of("x", 1L, 9L, 17L, "abc", 5L, 33L), s.storage().keys());
    }

    @Test
    void equalNumbersAreOneKeyAndKeepTheFirstKeyObject() {
        DictStorage d = new DictStorage(3);
        d.put(1L, "a");
        d.put(Boolean.TRUE, "b");
        d.put(1.0, "c");
        assertEquals(1, d.size());
        assertEquals(1L, d.keys().get(0));
        assertEquals("c", d.get(true));
    }

    @Test
    void popFirstTakesTheFirstSlotAndRemovalKeepsOrder() {
        DictStorage d = new DictStorage();
        for (String k : new String[]{"a", "b", "c", "zz"}) {
            d.put(k, (long) k.length());
        }
        // dict(a=1, b=2, c=3, zz=4).popitem() is ('a', 1), leaving {'zz': 4, 'c': 3, 'b': 2}
        assertEquals("a", d.popFirst()[0]);
        assertEquals(List.of("zz", "c", "b"), d.keys());
        assertNull(d.remove("a"));
    }

    @Test
    void setAlgebraFollowsObjsetAlgorithms() {
        PySet a = set(6, 1L, 2L, 3L, 17L, 33L, 49L);
        PyList probe = new PyList(new Object[]{49L, 33L, 17L, 3L, 1L});
        assertEquals(List.of(49L, 1L, 3L, 33L, 17L), SetAlgebra.intersection(a, probe).storage().keys());
        assertEquals(List.of(8L, 49L, 1L, 3L, 33L, 17L, 7L),
            SetAlgebra.symmetricDifference(a, set(3, 2L, 7L, 8L)).storage().keys());
        PySet b = SetAlgebra.copy(a);
        SetAlgebra.intersectionUpdate(b, set(3, 49L, 1L, 17L));
        assertEquals(List.of(49L, 17L, 1L), b.storage().keys());
    }

    @Test
    void copyKeepsTheTableSoTheOrderIsTheSame() {
        PySet a = set(6, 1L, 2L, 3L, 17L, 33L, 49L);
        assertEquals(a.storage().keys(), a.storage().copy().keys());
    }

    @Test
    void reverseSortFlipsComparisonsInsteadOfReversingAStableSort() {
        List<Object> keys = new ArrayList<>(List.of(31L, 25L, 31L, 25L, 40L));
        List<Object> tags = new ArrayList<>(List.of("ann", "bob", "cy", "di", "ed"));
        List<Object> rows = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            rows.add(PyTuple.of(keys.get(i), tags.get(i)));
        }
        ListSort.sort(rows, null, true);
        List<Object> order = new ArrayList<>();
        rows.forEach(r -> order.add(((PyTuple) r).get(1)));
        // sorted(rows, key=age, reverse=True) gives ed, ann, cy, di, bob in MicroPython; on whole tuples
        // the names break ties: ed, cy, ann, di, bob
        assertEquals(List.of("ed", "cy", "ann", "di", "bob"), order);
    }
}
