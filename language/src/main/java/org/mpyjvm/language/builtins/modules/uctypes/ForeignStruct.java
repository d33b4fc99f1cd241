package org.mpyjvm.language.builtins.modules.uctypes;

import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.Buffer;
import org.mpyjvm.language.runtime.BufferProvider;
import org.mpyjvm.language.runtime.PyAttributeAccess;
import org.mpyjvm.language.runtime.PyByteArray;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyItemAccess;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;

/**
 * A uctypes {@code struct}: a descriptor laid over memory at an address. A dict descriptor gives fields (attribute
 * access), an ARRAY or PTR tuple gives items (subscription). Nothing is cached: every access decodes the descriptor
 * and touches the memory, as the C original does, so changes to either show at once.
 */
final class ForeignStruct implements PyObject, PyAttributeAccess, PyItemAccess, BufferProvider {
    private final PyClass type;
    private final AddressSpace space;
    private final Object desc;
    private final long address;
    private final int layout;

    ForeignStruct(PyClass type, AddressSpace space, Object desc, long address, int layout) {
        this.type = type;
        this.space = space;
        this.desc = desc;
        this.address = address;
        this.layout = layout;
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    Object descriptor() {
        return desc;
    }

    int layout() {
        return layout;
    }

    private ForeignStruct at(Object subDesc, long subAddress) {
        return new ForeignStruct(type, space, subDesc, subAddress, layout);
    }

    private boolean nativeLayout() {
        return layout == Encoding.NATIVE;
    }

    /** Byte order of scalars: NATIVE is the little-endian machine's; any layout but 0 and 2 reads big-endian. */
    private boolean bigEndian() {
        return layout != Encoding.NATIVE && layout != Encoding.LITTLE_ENDIAN;
    }

    // ------------------------------------------------------------------ fields

    private Object field(String name) {
        if (!Descriptors.isStruct(desc)) {
            throw Errors.typeError("struct: no fields");
        }
        Object field = ((PyDict) desc).get(name);
        if (field == null) {
            throw Errors.keyError(name);
        }
        return field;
    }

    @Override
    public Object getAttribute(String name) {
        Object field = field(name);
        if (Descriptors.isScalar(field)) {
            long encoded = (Long) field;
            int valType = Encoding.valueType(encoded);
            if (Encoding.isBitfield(valType)) {
                return (long) readBitfield(encoded, valType);
            }
            int size = Encoding.scalarSize(valType);
            return Scalars.read(space.window(address + Encoding.valueOffset(encoded), size), 0, valType, bigEndian());
        }
        PyTuple t = Descriptors.aggregate(field);
        long offset = Encoding.aggregateOffset(Descriptors.head(t));
        int kind = Encoding.aggregateType(Descriptors.head(t));
        if (kind == Encoding.STRUCT) {
            return at(t.get(1), address + offset);
        }
        if (kind == Encoding.ARRAY && Descriptors.isScalarArray(t)
            && Descriptors.arrayElementType(t) == Encoding.UINT8) {
            // A byte array field is a bytearray on the struct's memory (MicroPython's bytearray_by_ref).
            return PyByteArray.aliasing(space.window(address + offset, Descriptors.arrayLength(t)));
        }
        return at(t, address + offset);
    }

    @Override
    public void setAttribute(String name, Object value) {
        Object field = field(name);
        if (!Descriptors.isScalar(field)) {
            throw Descriptors.syntaxError(); // aggregates (pointers included) cannot be assigned
        }
        long encoded = (Long) field;
        int valType = Encoding.valueType(encoded);
        if (Encoding.isBitfield(valType)) {
            writeBitfield(encoded, valType, value);
            return;
        }
        int size = Encoding.scalarSize(valType);
        Scalars.write(space.window(address + Encoding.valueOffset(encoded), size), 0, valType, bigEndian(), value);
    }

    /** MicroPython treats {@code del s.f} as a load whose result is dropped. */
    @Override
    public void deleteAttribute(String name) {
        getAttribute(name);
    }

    private Buffer bitfieldWord(long encoded, int valType) {
        return space.window(address + Encoding.bitfieldOffset(encoded), Encoding.scalarSize(valType));
    }

    /** The containing word, read unsigned in NATIVE layout and with the field's signedness otherwise. */
    private long readWord(Buffer word, int valType) {
        return nativeLayout() ? Scalars.readWord(word, 0, word.length(), false, false)
            : Scalars.readWord(word, 0, word.length(), (valType & 1) != 0, bigEndian());
    }

    private long readBitfield(long encoded, int valType) {
        long word = readWord(bitfieldWord(encoded, valType), valType);
        long mask = (1L << Encoding.bitfieldLength(encoded)) - 1;
        return (word >>> Encoding.bitfieldPosition(encoded)) & mask;
    }

    private void writeBitfield(long encoded, int valType, Object value) {
        long v = PyOps.asLong(value);
        Buffer window = bitfieldWord(encoded, valType);
        long word = readWord(window, valType);
        int pos = Encoding.bitfieldPosition(encoded);
        long mask = (1L << Encoding.bitfieldLength(encoded)) - 1;
        word = (word & ~(mask << pos)) | ((v & mask) << pos);
        // MicroPython stores big-endian only for exactly BIG_ENDIAN (reads take any non-zero layout as big).
        boolean storeBig = !nativeLayout() && layout == Encoding.BIG_ENDIAN;
        Scalars.writeWord(window, 0, window.length(), word, storeBig);
    }

    // ------------------------------------------------------------------ items

    private PyTuple indexable() {
        if (!(desc instanceof PyTuple)) {
            throw Errors.typeError("struct: can't index");
        }
        PyTuple t = Descriptors.aggregate(desc);
        if (Encoding.aggregateType(Descriptors.head(t)) == Encoding.STRUCT) {
            throw Errors.notSubscriptable(this);
        }
        return t;
    }

    /** An array index: MicroPython reads it as a small int and only checks the upper bound. */
    private static long arrayIndex(Object index, long length) {
        if (!(index instanceof Long i) || i >= length) {
            throw Errors.indexError("struct: index out of range");
        }
        return i;
    }

    private static int scalarElementType(Object typeCode) {
        int valType = Encoding.valueType((Long) typeCode);
        if (Encoding.isBitfield(valType)) {
            throw Descriptors.syntaxError();
        }
        return valType;
    }

    @Override
    public Object getItem(Object index) {
        PyTuple t = indexable();
        if (Encoding.aggregateType(Descriptors.head(t)) == Encoding.ARRAY) {
            long i = arrayIndex(index, Descriptors.arrayLength(t));
            if (Descriptors.isScalarArray(t)) {
                int valType = scalarElementType(t.get(1));
                int size = Encoding.scalarSize(valType);
                return Scalars.read(space.window(address + i * size, size), 0, valType, bigEndian());
            }
            long size = DescriptorSize.of(t.get(2), layout);
            return at(t.get(2), address + size * i);
        }
        if (!(index instanceof Long i)) {
            throw Errors.indexError("struct: index out of range");
        }
        long target = pointerValue();
        Object pointee = t.get(1);
        if (Descriptors.isScalar(pointee)) {
            int valType = scalarElementType(pointee);
            int size = Encoding.scalarSize(valType);
            return Scalars.read(space.window(target + i * size, size), 0, valType, false);
        }
        long size = DescriptorSize.of(pointee, layout);
        return at(pointee, target + size * i);
    }

    @Override
    public void setItem(Object index, Object value) {
        PyTuple t = indexable();
        if (Encoding.aggregateType(Descriptors.head(t)) == Encoding.PTR) {
            getItem(index); // MicroPython does a load here and stores nothing through a pointer
            return;
        }
        long i = arrayIndex(index, Descriptors.arrayLength(t));
        if (!Descriptors.isScalarArray(t)) {
            throw Errors.noItemAssignment(this);
        }
        int valType = scalarElementType(t.get(1));
        int size = Encoding.scalarSize(valType);
        Scalars.write(space.window(address + i * size, size), 0, valType, bigEndian(), value);
    }

    /** The address a PTR struct holds: a native (little-endian, pointer-sized) word at its address. */
    long pointerValue() {
        Buffer w = space.window(address, Encoding.POINTER_SIZE);
        return Scalars.readWord(w, 0, Encoding.POINTER_SIZE, false, false);
    }

    boolean isPointer() {
        return desc instanceof PyTuple t && t.size() > 0 && t.get(0) instanceof Long head
            && Encoding.aggregateType(head) == Encoding.PTR;
    }

    // ------------------------------------------------------------------ buffer, repr

    /** The struct's bytes: sizeof(descriptor) bytes at its address. */
    @Override
    public Buffer buffer() {
        return space.window(address, DescriptorSize.of(desc, layout));
    }

    String repr() {
        String kind;
        if (Descriptors.isStruct(desc)) {
            kind = "STRUCT";
        } else if (desc instanceof PyTuple t && t.size() > 0 && t.get(0) instanceof Long head) {
            kind = switch (Encoding.aggregateType(head)) {
                case Encoding.PTR -> "PTR";
                case Encoding.ARRAY -> "ARRAY";
                default -> "unk";
            };
        } else if (desc instanceof PyTuple) {
            kind = "unk";
        } else {
            kind = "ERROR";
        }
        return "<struct " + kind + " " + Long.toHexString(address) + ">";
    }
}
