package org.mpyjvm.language.builtins.modules;

import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/** heapq: a min-heap in a list, with the same sift steps as MicroPython's modheapq.c (so equal items land alike). */
@BuiltinModule("heapq")
public final class HeapqModule implements ModuleDefinition {
    private static List<Object> heap(Object o) {
        if (!(o instanceof PyList l)) {
            throw Errors.typeError("heap must be a list");
        }
        return l.items();
    }

    private static boolean less(Object a, Object b) {
        return PyOps.compare(a, b, "<");
    }

    /** Moves the item at {@code pos} up towards {@code start} while it is smaller than its parent. */
    private static void siftDown(List<Object> h, int start, int pos) {
        Object item = h.get(pos);
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            Object p = h.get(parent);
            if (!less(item, p)) {
                break;
            }
            h.set(pos, p);
            pos = parent;
        }
        h.set(pos, item);
    }

    /** Moves the item at {@code pos} down to a leaf along smaller children, then back up into place. */
    private static void siftUp(List<Object> h, int pos) {
        int start = pos;
        int end = h.size();
        Object item = h.get(pos);
        for (int child = 2 * pos + 1; child < end; child = 2 * pos + 1) {
            if (child + 1 < end && !less(h.get(child), h.get(child + 1))) {
                child++;
            }
            h.set(pos, h.get(child));
            pos = child;
        }
        h.set(pos, item);
        siftDown(h, start, pos);
    }

    @Builtin(name = "heappush", minArgs = 2)
    public static Object heappush(Object[] a) {
        List<Object> h = heap(a[0]);
        h.add(a[1]);
        siftDown(h, 0, h.size() - 1);
        return PyNone.INSTANCE;
    }

    @Builtin(name = "heappop", minArgs = 1)
    public static Object heappop(Object[] a) {
        List<Object> h = heap(a[0]);
        if (h.isEmpty()) {
            throw Errors.indexError("empty heap");
        }
        Object last = h.remove(h.size() - 1);
        if (h.isEmpty()) {
            return last;
        }
        Object top = h.get(0);
        h.set(0, last);
        siftUp(h, 0);
        return top;
    }

    @Builtin(name = "heapify", minArgs = 1)
    public static Object heapify(Object[] a) {
        List<Object> h = heap(a[0]);
        for (int i = h.size() / 2 - 1; i >= 0; i--) {
            siftUp(h, i);
        }
        return PyNone.INSTANCE;
    }
}
