package org.mpyjvm.language.runtime;

/** A Java-implemented guest object that can be iterated (streams by line, dict views, deque, ...). */
public interface PyIterable {
    PyIterator iterator();
}
