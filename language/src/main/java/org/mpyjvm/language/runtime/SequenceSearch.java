package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import org.mpyjvm.language.errors.Errors;

/** index() and count() of list and tuple (py/sequence.c's mp_seq_index_obj / mp_seq_count_obj). */
public final class SequenceSearch {
    private SequenceSearch() {
    }

    /** {@code seq.index(value[, start[, stop]])}: bounds clamp like slice bounds; ValueError when absent. */
    @TruffleBoundary
    public static long index(Object[] items, Object[] args) {
        int len = items.length;
        int start = args.length > 2 ? clamp(args[2], len) : 0;
        int stop = args.length > 3 ? clamp(args[3], len) : len;
        for (int i = start; i < stop; i++) {
            if (PyOps.eq(items[i], args[1])) {
                return i;
            }
        }
        throw Errors.valueError(Errors.NOT_IN_SEQUENCE);
    }

    @TruffleBoundary
    public static long count(Object[] items, Object value) {
        long n = 0;
        for (Object item : items) {
            if (PyOps.eq(item, value)) {
                n++;
            }
        }
        return n;
    }

    private static int clamp(Object bound, int len) {
        long v = PyOps.asIndex(bound, "tuple");
        if (v < 0) {
            v += len;
        }
        return (int) Math.max(0, Math.min(len, v));
    }
}
