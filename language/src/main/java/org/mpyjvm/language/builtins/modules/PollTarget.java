package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.builtins.ConsoleInputReadiness;
import org.mpyjvm.language.builtins.StdStream;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyInstance;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyStream;

/**
 * How select polls one object, decided when it is registered, as on the unix port (modselect.c with its POSIX
 * optimisations): an int is a file descriptor; a stream that reports a file descriptor through
 * {@code ioctl(MP_STREAM_GET_FILENO)} is polled as that descriptor; any other stream through
 * {@code ioctl(MP_STREAM_POLL, events)}; an object that is no stream is refused.
 */
interface PollTarget {
    int POLLIN = 0x0001;
    int POLLOUT = 0x0004;
    int POLLERR = 0x0008;
    int POLLHUP = 0x0010;
    int POLLNVAL = 0x0020;
    int MP_STREAM_POLL = 3;
    int MP_STREAM_GET_FILENO = 10;
    int EINVAL = 22;

    /** The events that are ready, among {@code events} (error and hang-up are always reported). */
    int poll(int events);

    static PollTarget of(Object obj) {
        if (PyOps.isInt(obj) && !(obj instanceof Boolean)) {
            long fd = PyOps.asLong(obj);
            if (fd < 0) {
                throw Errors.create(BuiltinTypes.VALUE_ERROR, null);
            }
            return descriptor(fd);
        }
        if (obj instanceof StdStream s) {
            return descriptor(s.fd());
        }
        if (obj instanceof MemoryStream) {
            // StringIO/BytesIO have no fd and their ioctl knows no MP_STREAM_POLL
            return events -> {
                throw oserror(EINVAL);
            };
        }
        if (obj instanceof PyInstance inst && inst.getPyClass().isSubclassOf(IoModule.IO_BASE)) {
            long fd = ioctl(obj, MP_STREAM_GET_FILENO, 0);
            if (fd >= 0) {
                return descriptor(fd);
            }
            return events -> (int) ioctlOrRaise(obj, events);
        }
        if (obj instanceof PyStream) {
            // an open file: a regular file descriptor, which poll() always reports ready
            return events -> events & (POLLIN | POLLOUT);
        }
        throw Errors.create(BuiltinTypes.OS_ERROR, "stream operation not supported");
    }

    /** A user stream's ioctl(MP_STREAM_POLL): a negative result is -errno. */
    private static long ioctlOrRaise(Object obj, int events) {
        long r = ioctl(obj, MP_STREAM_POLL, events);
        if (r < 0) {
            throw oserror(-r);
        }
        return r;
    }

    private static long ioctl(Object obj, int request, long arg) {
        return PyOps.asLong(PyOps.call(PyOps.getAttribute(obj, "ioctl"), new Object[]{(long) request, arg}, null));
    }

    static RuntimeException oserror(long errno) {
        return Errors.createWithArgs(BuiltinTypes.OS_ERROR, errno);
    }

    private static PollTarget descriptor(long fd) {
        if (fd == 0) {
            return events -> (events & POLLIN) != 0
                && ConsoleInputReadiness.readable(MpyContext.get(null).getEnv().in()) ? POLLIN : 0;
        }
        if (fd == 1 || fd == 2) {
            return events -> events & POLLOUT;
        }
        // the simulated board opens no other descriptors: poll() flags them as invalid
        return events -> POLLNVAL;
    }
}
