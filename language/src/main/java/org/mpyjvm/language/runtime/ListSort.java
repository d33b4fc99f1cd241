package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;

/**
 * list.sort and sorted(): py/objlist.c's in-place quicksort (last element as pivot, smaller side first). It is not
 * stable, and {@code reverse=True} flips the comparison rather than reversing the result, so equal keys end up
 * where MicroPython puts them; the key function is called at each comparison, as there.
 */
public final class ListSort {
    private ListSort() {
    }

    @TruffleBoundary
    public static void sort(List<Object> items, Object key, boolean reverse) {
        Object keyFn = key == null || key == PyNone.INSTANCE ? null : key;
        if (items.size() > 1) {
            quicksort(items, 0, items.size() - 1, keyFn, !reverse);
        }
    }

    private static Object keyOf(Object keyFn, Object v) {
        return keyFn == null ? v : PyOps.call(keyFn, new Object[]{v}, null);
    }

    private static boolean less(Object a, Object b) {
        return PyOps.compare(a, b, "<");
    }

    private static void quicksort(List<Object> a, int head, int tail, Object keyFn, boolean lessResult) {
        while (head < tail) {
            int h = head - 1;
            int t = tail;
            Object pivot = keyOf(keyFn, a.get(tail));
            for (;;) {
                do {
                    h++;
                } while (h < t && less(keyOf(keyFn, a.get(h)), pivot) == lessResult);
                do {
                    t--;
                } while (h < t && less(pivot, keyOf(keyFn, a.get(t))) == lessResult);
                if (h >= t) {
                    break;
                }
                swap(a, h, t);
            }
            swap(a, h, tail);
            if (t - head < tail - h - 1) {
                quicksort(a, head, t, keyFn, lessResult);
                head = h + 1;
            } else {
                quicksort(a, h + 1, tail, keyFn, lessResult);
                tail = t;
            }
        }
    }

    private static void swap(List<Object> a, int i, int j) {
        Object x = a.get(i);
        a.set(i, a.get(j));
        a.set(j, x);
    }
}
