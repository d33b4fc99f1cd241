package org.mpyjvm.language.runtime;

/** range(start, stop, step) with long bounds. */
public record PyRange(long start, long stop, long step) implements PyObject {
    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.RANGE;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start + step - 1) / step;
        }
        if (step < 0 && start > stop) {
            return (start - stop - step - 1) / -step;
        }
        return 0;
    }

    public long get(long index) {
        return start + index * step;
    }
}
