package org.mpyjvm.language.format;

/**
 * What {@link PercentFormat} needs beyond {@link FormatOperands}: item lookup for {@code %(name)s}.
 */
public interface PercentOperands extends FormatOperands {
    /** {@code mapping[key]} (raising the guest's KeyError through a GuestError when absent). */
    Object getItem(Object mapping, String key);
}
