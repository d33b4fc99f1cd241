package org.mpyjvm.language.runtime;

/**
 * A Java-implemented guest object whose attributes are computed rather than looked up on its class (a uctypes
 * struct's fields come from its descriptor). Only {@code __class__} is still answered by the class.
 */
public interface PyAttributeAccess {
    /** The attribute's value; raise the object's own error when absent (MicroPython's struct raises KeyError). */
    Object getAttribute(String name);

    void setAttribute(String name, Object value);

    /** {@code del obj.name}. */
    void deleteAttribute(String name);
}
