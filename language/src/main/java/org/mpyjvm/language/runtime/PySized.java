package org.mpyjvm.language.runtime;

/** A Java-implemented guest object with a length (len() and truth use it). */
public interface PySized {
    long length();
}
