package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.function.Supplier;
import org.mpyjvm.language.errors.PyException;
import org.mpyjvm.language.errors.TracebackPrinter;

/**
 * micropython.schedule's queue (py/scheduler.c): at most {@value #DEPTH} callbacks wait (the unix port's
 * MICROPY_SCHEDULER_DEPTH); each check point of the interpreter (a loop iteration, an if; MicroPython checks on its
 * jump opcodes) runs at most one of them; while one runs the queue is locked, so a callback is never interrupted by
 * another; an exception leaving a callback is printed and the program goes on (mp_call_function_1_protected).
 *
 * <p>The check points cost nothing in compiled code while nothing can run: they test {@link #nothingToRun()}, an
 * {@link Assumption} the JIT folds to a constant; scheduling a callback invalidates it (compiled code deoptimises
 * once), and it is renewed when no context has a runnable callback left. It is global (static) because AST nodes
 * may be shared by contexts; the queues themselves are per context.
 */
public final class ScheduledCallbacks {
    public static final int DEPTH = 4;
    private static final Object SIGNAL_LOCK = new Object();
    @CompilationFinal private static volatile Assumption nothingToRun = newSignal();
    /** Contexts whose queue is not empty and not locked; guarded by SIGNAL_LOCK. */
    private static int runnableContexts;

    private final ArrayDeque<Object[]> queue = new ArrayDeque<>();
    private final Supplier<PrintStream> out;
    private boolean running;
    private boolean runnable;

    public ScheduledCallbacks(Supplier<PrintStream> out) {
        this.out = out;
    }

    private static Assumption newSignal() {
        return Truffle.getRuntime().createAssumption("no scheduled callback can run");
    }

    /** Valid while no context has a callback waiting that could run now. */
    public static Assumption nothingToRun() {
        return nothingToRun;
    }

    /** Queues {@code function(argument)}; false when the queue is full. Any thread may call this. */
    @TruffleBoundary
    public synchronized boolean schedule(Object function, Object argument) {
        if (queue.size() >= DEPTH) {
            return false;
        }
        queue.addLast(new Object[]{function, argument});
        updateSignal();
        return true;
    }

    /** A check point: runs the oldest waiting callback unless one is already running. */
    @TruffleBoundary
    public void runOne() {
        Object[] next;
        synchronized (this) {
            if (running || queue.isEmpty()) {
                updateSignal();
                return;
            }
            next = queue.removeFirst();
            running = true;
            updateSignal();
        }
        try {
            callProtected(next[0], next[1]);
        } finally {
            synchronized (this) {
                running = false;
                updateSignal();
            }
        }
    }

    /** Runs everything still queued (at the end of a program or REPL input, as the unix port does). */
    @TruffleBoundary
    public void drain() {
        for (int guard = 0; guard < 10_000 && hasWaiting(); guard++) {
            runOne();
        }
    }

    /** Forgets what is queued (the context is closing), so other contexts' check points stay free. */
    public synchronized void discard() {
        queue.clear();
        updateSignal();
    }

    private synchronized boolean hasWaiting() {
        return !queue.isEmpty() && !running;
    }

    private void callProtected(Object function, Object argument) {
        try {
            PyOps.call(function, new Object[]{argument}, null);
        } catch (PyException e) {
            PrintStream stream = out.get();
            TracebackPrinter.print(e.getPythonException(), stream);
            stream.flush();
        }
    }

    /** Keeps {@link #nothingToRun} in step with this queue; called with this queue's lock held. */
    private void updateSignal() {
        boolean now = !queue.isEmpty() && !running;
        if (now == runnable) {
            return;
        }
        runnable = now;
        synchronized (SIGNAL_LOCK) {
            runnableContexts += now ? 1 : -1;
            if (now && runnableContexts == 1) {
                nothingToRun.invalidate();
            } else if (!now && runnableContexts == 0) {
                nothingToRun = newSignal();
            }
        }
    }
}
