package org.mpyjvm.language.format;

import java.math.BigInteger;

/**
 * What {@link PercentFormat} needs beyond {@link FormatOperands}: item lookup for {@code %(name)s}.
 */
public interface PercentOperands extends FormatOperands {
    /** {@code mapping[key]} (raising the guest's KeyError through a GuestError when absent). */
    Object getItem(Object mapping, String key);

    /**
     * An int argument of {@code %d}/{@code %x}/{@code %c}, read as mp_obj_get_int does: unlike str.format's
     * {@code {:d}}, this also takes an instance of an int subclass. Defaults to {@link #asInteger}.
     */
    default BigInteger asIntegerArgument(Object value) {
        return asInteger(value);
    }
}
