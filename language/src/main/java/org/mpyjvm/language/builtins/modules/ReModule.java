package org.mpyjvm.language.builtins.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.language.algorithms.Regex;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyList;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * re (extmod/modre.c) over lang-pure's {@link Regex}: compile, match, search and sub at module level; compiled
 * patterns add split; match objects have group, groups, span, start and end. A str subject is matched as its
 * UTF-8 and its groups come back as str; a bytes subject gives bytes.
 */
@BuiltinModule("re")
public final class ReModule implements ModuleDefinition {
    static final PyClass PATTERN = BuiltinRegistry.nativeClass("re", PatternMethods.class, null, 0, 0, false);
    static final PyClass MATCH = BuiltinRegistry.nativeClass("match", MatchMethods.class, null, 0, 0, false);

    /** A compiled pattern. */
    record Pattern(Regex regex) implements PyObject {
        @Override
        public PyClass getPyClass() {
            return PATTERN;
        }
    }

    /** A successful match: the subject's bytes and the capture offsets. */
    record Match(byte[] subject, boolean text, int[] caps) implements PyObject {
        @Override
        public PyClass getPyClass() {
            return MATCH;
        }

        Object group(Object index) {
            long n = PyOps.asLong(index);
            if (n < 0 || 2 * n + 1 >= caps.length) {
                throw Errors.createWithArgs(BuiltinTypes.INDEX_ERROR, n);
            }
            int from = caps[(int) (2 * n)];
            int to = caps[(int) (2 * n + 1)];
            if (from < 0 || to < 0) {
                return PyNone.INSTANCE;
            }
            return slice(subject, from, to, text);
        }
    }

    private static Object slice(byte[] data, int from, int to, boolean text) {
        byte[] part = java.util.Arrays.copyOfRange(data, from, to);
        return text ? org.mpyjvm.language.text.Utf8.decode(part) : new PyBytes(part);
    }

    private static byte[] bytesOf(Object o) {
        return o instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : PyOps.bytesOf(o);
    }

    private static Pattern pattern(Object o) {
        return o instanceof Pattern p ? p : new Pattern(Regex.compile(bytesOf(o)));
    }

    private static Object match(Pattern p, Object subject, Object[] a, int posArg, boolean anchored) {
        byte[] data = bytesOf(subject);
        int pos = a.length > posArg ? (int) PyOps.asLong(a[posArg]) : 0;
        int end = a.length > posArg + 1 ? (int) PyOps.asLong(a[posArg + 1]) : data.length;
        int[] caps = p.regex().match(data, pos, end, anchored);
        return caps == null ? PyNone.INSTANCE : new Match(data, subject instanceof String, caps);
    }

    /** sub with a template (\1, \g<1>) or a function of the match object. */
    private static Object sub(Pattern p, Object repl, Object subject, long count) {
        byte[] data = bytesOf(subject);
        boolean text = subject instanceof String;
        byte[] out = p.regex().sub(data, caps -> {
            if (PyOps.isCallable(repl)) {
                return bytesOf(PyOps.call(repl, new Object[]{new Match(data, text, caps)}, null));
            }
            return Regex.expandTemplate(bytesOf(repl), data, caps);
        }, count);
        return text ? org.mpyjvm.language.text.Utf8.decode(out) : new PyBytes(out);
    }

    @Builtin(name = "compile", minArgs = 1, maxArgs = 2)
    public static Object compile(Object[] a) {
        return pattern(a[0]);
    }

    @Builtin(name = "match", minArgs = 2, maxArgs = 3)
    public static Object matchFn(Object[] a) {
        return match(pattern(a[0]), a[1], new Object[0], 0, true);
    }

    @Builtin(name = "search", minArgs = 2, maxArgs = 3)
    public static Object search(Object[] a) {
        return match(pattern(a[0]), a[1], new Object[0], 0, false);
    }

    @Builtin(name = "sub", minArgs = 3, maxArgs = 5)
    public static Object subFn(Object[] a) {
        return sub(pattern(a[0]), a[1], a[2], a.length > 3 ? PyOps.asLong(a[3]) : 0);
    }

    /** Methods of a compiled pattern. */
    public static final class PatternMethods {
        private PatternMethods() {
        }

        @Builtin(name = "match", minArgs = 2, maxArgs = 4)
        public static Object match(Object[] a) {
            return ReModule.match((Pattern) a[0], a[1], a, 2, true);
        }

        @Builtin(name = "search", minArgs = 2, maxArgs = 4)
        public static Object search(Object[] a) {
            return ReModule.match((Pattern) a[0], a[1], a, 2, false);
        }

        @Builtin(name = "sub", minArgs = 3, maxArgs = 4)
        public static Object sub(Object[] a) {
            return ReModule.sub((Pattern) a[0], a[1], a[2], a.length > 3 ? PyOps.asLong(a[3]) : 0);
        }

        @Builtin(name = "split", minArgs = 2, maxArgs = 3)
        public static Object split(Object[] a) {
            boolean text = a[1] instanceof String;
            List<Object> out = new ArrayList<>();
            for (byte[] part : ((Pattern) a[0]).regex().split(bytesOf(a[1]), a.length > 2 ? PyOps.asLong(a[2]) : 0)) {
                out.add(slice(part, 0, part.length, text));
            }
            return new PyList(out);
        }
    }

    /** Methods of a match object. */
    public static final class MatchMethods {
        private MatchMethods() {
        }

        /** {@code <match num=N>}, N being the number of groups plus one. */
        @Builtin(name = "__repr__", minArgs = 1)
        public static Object repr(Object[] a) {
            return "<match num=" + ((Match) a[0]).caps().length / 2 + ">";
        }

        @Builtin(name = "group", minArgs = 1, maxArgs = Integer.MAX_VALUE)
        public static Object group(Object[] a) {
            Match m = (Match) a[0];
            if (a.length <= 2) {
                return m.group(a.length == 2 ? a[1] : 0L);
            }
            Object[] out = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) {
                out[i - 1] = m.group(a[i]);
            }
            return new PyTuple(out);
        }

        @Builtin(name = "groups", minArgs = 1)
        public static Object groups(Object[] a) {
            Match m = (Match) a[0];
            Object[] out = new Object[m.caps().length / 2 - 1];
            for (int i = 0; i < out.length; i++) {
                out[i] = m.group((long) (i + 1));
            }
            return new PyTuple(out);
        }

        private static int[] span(Object[] a) {
            Match m = (Match) a[0];
            long n = a.length > 1 ? PyOps.asLong(a[1]) : 0;
            if (n < 0 || 2 * n + 1 >= m.caps().length) {
                throw Errors.createWithArgs(BuiltinTypes.INDEX_ERROR, n);
            }
            int from = m.caps()[(int) (2 * n)];
            int to = m.caps()[(int) (2 * n + 1)];
            if (m.text() && from >= 0) {
                // positions count characters of a str subject
                from = org.mpyjvm.language.text.Utf8.charCount(m.subject(), 0, from);
                to = org.mpyjvm.language.text.Utf8.charCount(m.subject(), 0, to);
            }
            return new int[]{from, to};
        }

        @Builtin(name = "span", minArgs = 1, maxArgs = 2)
        public static Object spanFn(Object[] a) {
            int[] s = span(a);
            return PyTuple.of((long) s[0], (long) s[1]);
        }

        @Builtin(name = "start", minArgs = 1, maxArgs = 2)
        public static Object start(Object[] a) {
            return (long) span(a)[0];
        }

        @Builtin(name = "end", minArgs = 1, maxArgs = 2)
        public static Object end(Object[] a) {
            return (long) span(a)[1];
        }
    }
}
