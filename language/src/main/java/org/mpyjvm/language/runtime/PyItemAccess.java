package org.mpyjvm.language.runtime;

/** A Java-implemented guest container that supports obj[i] and obj[i] = v (array.array, stdlib buffers). */
public interface PyItemAccess {
    Object getItem(Object index);

    void setItem(Object index, Object value);
}
