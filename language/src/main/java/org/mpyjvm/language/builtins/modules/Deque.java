package org.mpyjvm.language.builtins.modules;

import java.util.ArrayDeque;
import java.util.Iterator;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyIterable;
import org.mpyjvm.language.runtime.PyIterator;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PySized;

/**
 * collections.deque (py/objdeque.c): bounded by maxlen; appending to a full deque drops the item at the other
 * end, or raises IndexError "full" when created with flags & 1.
 */
final class Deque implements PyObject, PySized, PyIterable {
    private final PyClass type;
    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final long maxlen;
    private final boolean raiseWhenFull;

    Deque(PyClass type, long maxlen, boolean raiseWhenFull) {
        this.type = type;
        this.maxlen = maxlen;
        this.raiseWhenFull = raiseWhenFull;
    }

    @Override
    public PyClass getPyClass() {
        return type;
    }

    @Override
    public long length() {
        return items.size();
    }

    private boolean makeRoom(boolean atRight) {
        if (items.size() < maxlen) {
            return true;
        }
        if (raiseWhenFull) {
            throw Errors.indexError("full");
        }
        if (maxlen == 0) {
            return false;
        }
        if (atRight) {
            items.pollFirst();
        } else {
            items.pollLast();
        }
        return true;
    }

    void append(Object v) {
        if (makeRoom(true)) {
            items.addLast(v);
        }
    }

    void appendLeft(Object v) {
        if (makeRoom(false)) {
            items.addFirst(v);
        }
    }

    Object pop() {
        if (items.isEmpty()) {
            throw Errors.indexError("empty");
        }
        return items.pollLast();
    }

    Object popLeft() {
        if (items.isEmpty()) {
            throw Errors.indexError("empty");
        }
        return items.pollFirst();
    }

    @Override
    public PyIterator iterator() {
        Iterator<Object> it = items.iterator();
        return new PyIterator() {
            @Override
            public Object nextOrNull() {
                return it.hasNext() ? it.next() : null;
            }
        };
    }
}
