package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;

/** obj[index], obj[index] = v and del obj[index] for the builtin containers and user classes. */
public final class Subscripts {
    private Subscripts() {
    }

    @TruffleBoundary
    public static Object getItem(Object c, Object index) {
        if (c instanceof PyItemAccess access) {
            return access.getItem(index);
        }
        if (c instanceof PyList l) {
            if (index instanceof PySlice s) {
                return new PyList(sliceOf(l.items().toArray(), s));
            }
            return l.get(PyOps.normalizeIndex(index, l.size(), "list"));
        }
        if (c instanceof PyTuple t) {
            if (index instanceof PySlice s) {
                // py/objtuple.c: unlike a list, a tuple slices only with step 1 (a zero step is checked first)
                PyOps.sliceIndices(s, t.size());
                requireUnitStep(s);
                return new PyTuple(sliceOf(t.items(), s));
            }
            return t.get(PyOps.normalizeIndex(index, t.size(), "tuple"));
        }
        if (c instanceof PyDict d) {
            Object v = d.get(index);
            if (v == null) {
                throw Errors.keyError(index);
            }
            return v;
        }
        if (c instanceof String s) {
            int[] cps = s.codePoints().toArray();
            if (index instanceof PySlice sl) {
                requireUnitStep(sl);
                long[] r = PyOps.sliceIndices(sl, cps.length);
                return r[3] <= 0 ? "" : new String(cps, (int) r[0], (int) r[3]);
            }
            return new String(cps, PyOps.normalizeIndex(index, cps.length, "string"), 1);
        }
        if (c instanceof PyBytes || c instanceof PyByteArray) {
            byte[] b = PyOps.bytesOf(c);
            if (index instanceof PySlice sl) {
                requireUnitStep(sl);
                long[] r = PyOps.sliceIndices(sl, b.length);
                byte[] out = r[3] <= 0 ? new byte[0]
                    : java.util.Arrays.copyOfRange(b, (int) r[0], (int) (r[0] + r[3]));
                return c instanceof PyBytes ? new PyBytes(out) : new PyByteArray(out);
            }
            return (long) (b[PyOps.normalizeIndex(index, b.length, c instanceof PyBytes ? "bytes" : "bytearray")] & 0xff);
        }
        if (c instanceof PyMemoryView m) {
            if (index instanceof PySlice sl) {
                requireUnitStep(sl);
                long[] r = PyOps.sliceIndices(sl, m.length());
                return m.slice((int) r[0], (int) Math.max(r[0], r[0] + r[3]));
            }
            return m.getItem(PyOps.normalizeIndex(index, m.length(), "memoryview"));
        }
        if (c instanceof PyRange r) {
            if (index instanceof PySlice sl) {
                long[] x = PyOps.sliceIndices(sl, r.length());
                return new PyRange(r.get(x[0]), r.get(x[1]), r.step() * x[2]);
            }
            return r.get(PyOps.normalizeIndex(index, (int) r.length(), "range"));
        }
        if (c instanceof PyNativeSubclassInstance inst) {
            // a user __getitem__ first, then the native type's (a number has none: the instance's error follows)
            Object m = NativeSubclasses.userSpecial(inst.getPyClass(), "__getitem__");
            if (m != null) {
                return PyOps.callMethod(m, c, index);
            }
            if (!NativeSubclasses.isScalarBase(inst.getPyClass())) {
                return getItem(inst.nativeValue(), index);
            }
        }
        if (c instanceof PyInstance inst) {
            Object m = inst.getPyClass().lookup("__getitem__");
            if (m != null) {
                return PyOps.callMethod(m, c, index);
            }
        }
        if (c instanceof PyClass) {
            return c;
        }
        throw Errors.notSubscriptable(c);
    }

    private static void requireUnitStep(PySlice s) {
        if (s.step() != PyNone.INSTANCE && !(s.step() instanceof Long l && l == 1)) {
            throw Errors.notImplemented(Errors.SLICE_STEP);
        }
    }

    private static Object[] sliceOf(Object[] items, PySlice s) {
        long[] r = PyOps.sliceIndices(s, items.length);
        Object[] out = new Object[(int) Math.max(0, r[3])];
        for (int i = 0; i < out.length; i++) {
            out[i] = items[(int) (r[0] + i * r[2])];
        }
        return out;
    }

    @TruffleBoundary
    public static void setItem(Object c, Object index, Object value) {
        if (c instanceof PyItemAccess access) {
            access.setItem(index, value);
            return;
        }
        if (c instanceof PyList l) {
            if (index instanceof PySlice s) {
                long[] r = PyOps.sliceIndices(s, l.size());
                // py/objlist.c: slice stores take only a list or tuple, and only with step 1
                if (!(value instanceof PyList) && !(value instanceof PyTuple)) {
                    throw Errors.typeError("object '" + PyOps.typeName(value) + "' isn't a tuple or list");
                }
                if (r[2] != 1) {
                    throw Errors.create(BuiltinTypes.NOT_IMPLEMENTED_ERROR, null);
                }
                List<Object> replacement = PyOps.toList(value);
                int start = (int) r[0];
                int stop = (int) Math.max(r[0], r[1]);
                l.items().subList(start, stop).clear();
                l.items().addAll(start, replacement);
                return;
            }
            l.set(PyOps.normalizeIndex(index, l.size(), "list"), value);
            return;
        }
        if (c instanceof PyDict d) {
            d.put(index, value);
            return;
        }
        if (c instanceof PyByteArray b) {
            if (index instanceof PySlice s) {
                long[] r = PyOps.sliceIndices(s, b.length());
                byte[] old = b.toBytes();
                byte[] repl = PyOps.bytesOf(value);
                int start = (int) r[0];
                int stop = (int) Math.max(r[0], r[1]);
                byte[] out = new byte[old.length - (stop - start) + repl.length];
                System.arraycopy(old, 0, out, 0, start);
                System.arraycopy(repl, 0, out, start, repl.length);
                System.arraycopy(old, stop, out, start + repl.length, old.length - stop);
                b.replaceAll(out);
                return;
            }
            b.set(PyOps.normalizeIndex(index, b.length(), "bytearray"), (int) byteValue(value));
            return;
        }
        if (c instanceof PyMemoryView m) {
            if (m.isReadOnly()) {
                throw Errors.typeError("'memoryview' object doesn't support item assignment");
            }
            if (index instanceof PySlice s) {
                long[] r = PyOps.sliceIndices(s, m.length());
                byte[] repl = PyOps.bytesOf(value);
                if (repl.length != r[3] * m.itemSize()) {
                    throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                for (int i = 0; i < repl.length; i++) {
                    m.setByte((int) r[0] * m.itemSize() + i, repl[i] & 0xff);
                }
                return;
            }
            int i = PyOps.normalizeIndex(index, m.length(), "memoryview");
            switch (m.format()) {
                case 'f' -> m.setItem(i, Float.floatToRawIntBits((float) PyOps.toDouble(value)));
                case 'd' -> m.setItem(i, Double.doubleToRawLongBits(PyOps.toDouble(value)));
                default -> m.setItem(i, PyOps.asLong(value));
            }
            return;
        }
        if (c instanceof PyNativeSubclassInstance inst) {
            Object m = NativeSubclasses.userSpecial(inst.getPyClass(), "__setitem__");
            if (m != null) {
                PyOps.callMethod(m, c, index, value);
                return;
            }
            if (!NativeSubclasses.isScalarBase(inst.getPyClass())) {
                setItem(inst.nativeValue(), index, value);
                return;
            }
        }
        if (c instanceof PyInstance inst) {
            Object m = inst.getPyClass().lookup("__setitem__");
            if (m != null) {
                PyOps.callMethod(m, c, index, value);
                return;
            }
        }
        throw Errors.noItemAssignment(c);
    }

    /** bytearray item assignment keeps the low 8 bits, without a range check, as MicroPython's array store does. */
    private static long byteValue(Object value) {
        return PyOps.asLong(value) & 0xff;
    }

    @TruffleBoundary
    public static void deleteItem(Object c, Object index) {
        if (c instanceof PyList l) {
            if (index instanceof PySlice s) {
                long[] r = PyOps.sliceIndices(s, l.size());
                if (r[2] != 1) {
                    throw Errors.create(BuiltinTypes.NOT_IMPLEMENTED_ERROR, null);
                }
                List<Object> keep = new ArrayList<>();
                java.util.Set<Integer> drop = new java.util.HashSet<>();
                for (int i = 0; i < r[3]; i++) {
                    drop.add((int) (r[0] + i * r[2]));
                }
                for (int i = 0; i < l.size(); i++) {
                    if (!drop.contains(i)) {
                        keep.add(l.get(i));
                    }
                }
                l.items().clear();
                l.items().addAll(keep);
                return;
            }
            l.items().remove(PyOps.normalizeIndex(index, l.size(), "list"));
            return;
        }
        if (c instanceof PyDict d) {
            if (d.storage().remove(index) == null) {
                throw Errors.keyError(index);
            }
            return;
        }
        if (c instanceof PyNativeSubclassInstance inst) {
            Object m = NativeSubclasses.userSpecial(inst.getPyClass(), "__delitem__");
            if (m != null) {
                PyOps.callMethod(m, c, index);
                return;
            }
            if (!NativeSubclasses.isScalarBase(inst.getPyClass())) {
                deleteItem(inst.nativeValue(), index);
                return;
            }
        }
        if (c instanceof PyInstance inst) {
            Object m = inst.getPyClass().lookup("__delitem__");
            if (m != null) {
                PyOps.callMethod(m, c, index);
                return;
            }
        }
        throw Errors.noItemDeletion(c);
    }
}
