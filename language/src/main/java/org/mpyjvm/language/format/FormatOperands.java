package org.mpyjvm.language.format;

import java.math.BigInteger;

/**
 * What the formatting engines ({@link StrFormat}, {@link PercentFormat}) need to know about the
 * interpreter's objects: their str()/repr(), their value when they are an int (or bool) or a float,
 * their text when they are a str, and their type name for error messages.
 */
public interface FormatOperands {
    String str(Object value);

    String repr(Object value);

    /** The value of an int or bool, else null. */
    BigInteger asInteger(Object value);

    /** The value of a float, else null. */
    Double asFloat(Object value);

    /** A str's text, else null. */
    String asString(Object value);

    /** The Python type name, as in "can't convert dict to int". */
    String typeName(Object value);
}
