package org.mpyjvm.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.errors.PyException;

/**
 * A generator object: the materialized frame of one call of a generator function plus the call target that runs
 * (and re-enters) its body. Resuming stores the sent value or the thrown exception in the frame's generator slots
 * and sets the "resuming" flag, so the body's resumable nodes skip to where the last {@code yield} left off
 * (see {@code org.mpyjvm.language.nodes.generator}). No threads are involved.
 */
public final class PyGenerator extends PyIterator {
    /** Frame slots every generator frame has; the body nodes read them. */
    public record Slots(int resuming, int sent, int thrown) {
    }

    private enum State { CREATED, SUSPENDED, RUNNING, DONE }

    private final String name;
    private final RootCallTarget body;
    private final MaterializedFrame frame;
    private final Slots slots;
    private State state = State.CREATED;
    private Object returnValue = PyNone.INSTANCE;

    public PyGenerator(String name, RootCallTarget body, MaterializedFrame frame, Slots slots) {
        this.name = name;
        this.body = body;
        this.frame = frame;
        this.slots = slots;
    }

    @Override
    public PyClass getPyClass() {
        return BuiltinTypes.GENERATOR;
    }

    public String getName() {
        return name;
    }

    /** Called by the body when it returns (or falls off its end): the value StopIteration carries. */
    public void finish(Object value) {
        state = State.DONE;
        returnValue = value;
    }

    /** The value of the finished generator's {@code return} (None without one). */
    public Object getReturnValue() {
        return returnValue;
    }

    public boolean isFinished() {
        return state == State.DONE;
    }

    /**
     * Runs the body until its next yield. Returns the yielded value, or null when the body finished (its return
     * value is then {@link #getReturnValue()}). {@code thrown} is raised at the suspended yield instead of a value.
     */
    @TruffleBoundary
    public Object resume(Object sent, PyBaseException thrown) {
        switch (state) {
            case RUNNING:
                throw Errors.valueError(Errors.GENERATOR_RUNNING);
            case DONE:
                // MicroPython ignores an exception thrown into a finished generator: plain StopIteration
                returnValue = PyNone.INSTANCE;
                return null;
            case CREATED:
                if (thrown != null) {
                    state = State.DONE;
                    throw escaping(new PyException(thrown, null));
                }
                if (sent != PyNone.INSTANCE) {
                    throw Errors.typeError("can't send non-None value to a just-started generator");
                }
                frame.setBoolean(slots.resuming(), false);
                break;
            default:
                frame.setBoolean(slots.resuming(), true);
        }
        frame.setObject(slots.sent(), sent);
        frame.setObject(slots.thrown(), thrown);
        state = State.RUNNING;
        try {
            Object value = body.call(frame, this);
            if (state == State.DONE) {
                return null;
            }
            state = State.SUSPENDED;
            return value;
        } catch (PyException e) {
            state = State.DONE;
            throw escaping(e);
        } catch (RuntimeException | Error e) {
            state = State.DONE;
            throw e;
        }
    }

    /** A StopIteration leaving the body would end the caller's loop silently; as MicroPython, it becomes an error. */
    private static PyException escaping(PyException e) {
        if (e.getPythonException().getPyClass().isSubclassOf(BuiltinTypes.STOP_ITERATION)) {
            return Errors.runtimeError(Errors.GENERATOR_RAISED_STOP_ITERATION);
        }
        return e;
    }

    @Override
    public Object nextOrNull() {
        return resume(PyNone.INSTANCE, null);
    }

    /** {@code next(gen)} and {@code gen.send(v)}: the yielded value, or StopIteration carrying the return value. */
    @TruffleBoundary
    public Object send(Object value) {
        Object v = resume(value, null);
        if (v == null) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    /** {@code gen.throw(exc)}: raises {@code exc} at the suspended yield. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exc) {
        Object v = resume(PyNone.INSTANCE, exc);
        if (v == null) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    /** {@code gen.close()}: GeneratorExit at the suspended yield; the body must not yield again. */
    @TruffleBoundary
    public Object close() {
        if (state == State.CREATED || state == State.DONE) {
            state = State.DONE;
            return PyNone.INSTANCE;
        }
        try {
            Object v = resume(PyNone.INSTANCE, new PyBaseException(BuiltinTypes.GENERATOR_EXIT, PyTuple.EMPTY));
            if (v != null) {
                throw Errors.runtimeError(Errors.GENERATOR_IGNORED_EXIT);
            }
        } catch (PyException e) {
            PyClass type = e.getPythonException().getPyClass();
            if (!type.isSubclassOf(BuiltinTypes.GENERATOR_EXIT) && !type.isSubclassOf(BuiltinTypes.STOP_ITERATION)) {
                throw e;
            }
        }
        return PyNone.INSTANCE;
    }

    private static PyException stopIteration(Object value) {
        return value == PyNone.INSTANCE ? Errors.stopIteration() : Errors.stopIteration(value);
    }
}
