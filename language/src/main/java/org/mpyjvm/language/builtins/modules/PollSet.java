package org.mpyjvm.language.builtins.modules;

import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;

/**
 * The objects one poller (or one select() call) watches, each with its event mask and the events it last
 * reported. Waiting polls every object, then sleeps 1 ms, until one is ready or the timeout passes: the unix port
 * does the same for objects without a file descriptor. Objects are kept in registration order (MicroPython keeps
 * them in a hash table keyed by address, whose order no program can rely on).
 */
final class PollSet {
    /** One registered object. */
    static final class Entry {
        final Object obj;
        final PollTarget target;
        int events;
        int revents;

        Entry(Object obj, PollTarget target, int events) {
            this.obj = obj;
            this.target = target;
            this.events = events;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    List<Entry> entries() {
        return entries;
    }

    Entry find(Object obj) {
        for (Entry e : entries) {
            if (e.obj == obj || obj instanceof Long && obj.equals(e.obj)) {
                return e;
            }
        }
        return null;
    }

    /** Registers {@code obj}, or changes its events if it is there (or adds them, for select). */
    void add(Object obj, int events, boolean orEvents) {
        Entry e = find(obj);
        if (e == null) {
            entries.add(new Entry(obj, PollTarget.of(obj), events));
        } else {
            e.events = orEvents ? e.events | events : events;
        }
    }

    void remove(Object obj) {
        Entry e = find(obj);
        if (e != null) {
            entries.remove(e);
        }
    }

    /** Polls every object once; returns how many are ready. */
    private int pollOnce() {
        int ready = 0;
        for (Entry e : List.copyOf(entries)) {
            e.revents = e.target.poll(e.events);
            if (e.revents != 0) {
                ready++;
            }
        }
        return ready;
    }

    /** Polls until an object is ready or {@code timeoutMs} passed (negative: no timeout); returns the ready count. */
    int waitReady(long timeoutMs) {
        long start = System.nanoTime();
        while (true) {
            int ready = pollOnce();
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (ready > 0 || timeoutMs >= 0 && elapsed >= timeoutMs) {
                return ready;
            }
            // nothing to watch: sleep the whole timeout at once, as poll() on no descriptors does
            long pause = entries.isEmpty() && timeoutMs >= 0 ? timeoutMs - elapsed : 1;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw Errors.create(BuiltinTypes.KEYBOARD_INTERRUPT, null);
            }
        }
    }
}
