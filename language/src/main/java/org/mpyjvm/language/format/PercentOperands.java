package org.mpyjvm.language.format;

import java.math.BigInteger;

/**
 * What {@link PercentFormat} needs from the interpreter's objects: their str()/repr(), their value as an
 * int or float when they have one, item lookup for {@code %(name)s}, and their type name for messages.
 */
public interface PercentOperands {
    String str(Object value);

    String repr(Object value);

    /** The value of an int or bool, else null. */
    BigInteger asInteger(Object value);

    /** The value of a float, else null. */
    Double asFloat(Object value);

    /** A str's text, else null. */
    String asString(Object value);

    /** {@code mapping[key]} (raising the guest's KeyError through a GuestError when absent). */
    Object getItem(Object mapping, String key);

    /** The Python type name, as in "can't convert dict to int". */
    String typeName(Object value);
}
