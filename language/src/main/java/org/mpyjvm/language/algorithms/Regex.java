package org.mpyjvm.language.algorithms;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.mpyjvm.language.common.GuestError;

/**
 * MicroPython's {@code re} engine (re1.5, lib/re1.5): patterns compile to a small program of
 * CHAR/ANY/CLASS/NAMED/SPLIT/RSPLIT/JMP/SAVE/BOL/EOL instructions that a backtracking matcher runs
 * over bytes (a str is matched as its UTF-8, so '.' takes one byte and a group cut inside a character is
 * a UnicodeError when the caller decodes it). This class builds the same program and explores it in the
 * same order, so results, captures and greediness agree with MicroPython.
 *
 * <p>The dialect, recorded from MicroPython 1.27: literals, '.', {@code [...]}/{@code [^...]} with ranges
 * and \d \s \w inside, \d \D \s \S \w \W, {@code ^} (start of the whole subject, even when searching
 * from a later position) and {@code $} (its very end, not before a final newline), groups {@code (...)} and {@code (?:...)}, '|', and * + ? with lazy
 * forms. Any other escaped character is itself ({@code \n} is 'n', {@code \b} is 'b', {@code \1} is '1');
 * '{' is a literal; a ']' right after '[' closes an empty class; a reversed range matches nothing.
 * Errors: a stray ')' is "error in regex", every other malformed pattern ({@code (?P<n>)}, {@code (?=)},
 * {@code *a}, {@code a**}, an unclosed '[' or '(', a trailing '\') is "regex too complex". sub() and
 * split() stop at the first empty match; split() refuses a match of a pattern with groups (NotImplementedError
 * "splitting with sub-captures"; no match, no error); sub templates know \N and \g<N> and turn any other escaped character
 * into itself. Where MicroPython overflows its C stack (e.g. {@code (a*)*}) this engine stops with
 * RuntimeError "maximum recursion depth exceeded".
 */
public final class Regex {
    private static final int CHAR = 1;
    private static final int ANY = 2;
    private static final int CLASS = 3;
    private static final int NCLASS = 4;
    private static final int NAMED = 5;
    private static final int MATCH = 6;
    private static final int JMP = 7;
    private static final int SPLIT = 8;
    private static final int RSPLIT = 9;
    private static final int SAVE = 10;
    private static final int BOL = 11;
    private static final int EOL = 12;
    /** Marks a named class (\d \s \w ...) inside a character class. */
    private static final int NAMED_IN_CLASS = -1;
    /** Where a program's anchored part starts, after the lazy ".*?" search prefix. */
    private static final int ANCHORED_ENTRY = 5;
    /** Bound on the backtracking stack, standing in for MicroPython's C-stack check. */
    private static final int MAX_BACKTRACK = 2_000_000;

    private final int[] code;
    private final int groups;

    private Regex(int[] code, int groups) {
        this.code = code;
        this.groups = groups;
    }

    /** re.compile(pattern) for a pattern's bytes. */
    public static Regex compile(byte[] pattern) {
        Compiler c = new Compiler(pattern);
        c.emit(RSPLIT, 3);
        c.emit(ANY);
        c.emit(JMP, -5);
        c.emit(SAVE, 0);
        if (!c.sequence()) {
            throw new GuestError("ValueError", "regex too complex");
        }
        if (c.pos < pattern.length) {
            throw new GuestError("ValueError", "error in regex");
        }
        c.emit(SAVE, 1);
        c.emit(MATCH);
        return new Regex(c.code.stream().mapToInt(Integer::intValue).toArray(), c.groups);
    }

    /** Number of capturing groups; captures hold {@code 2 * (groups + 1)} offsets. */
    public int groupCount() {
        return groups;
    }

    /**
     * match (anchored) or search from {@code start}: the capture offsets into {@code subject}
     * ({@code [2n]} and {@code [2n+1]} for group n, -1 when the group did not take part), or null.
     */
    public int[] match(byte[] subject, int start, boolean anchored) {
        return match(subject, start, subject.length, anchored);
    }

    /**
     * match/search with pos and endpos (pattern.match(s, pos, endpos)): the text ends at {@code end} for
     * '$' and for matching, while '^' still means offset 0; a start beyond the end finds nothing.
     */
    public int[] match(byte[] subject, int start, int end, boolean anchored) {
        int limit = Math.max(0, Math.min(end, subject.length));
        if (start < 0 || start > limit) {
            return null;
        }
        int[] caps = new int[2 * (groups + 1)];
        Arrays.fill(caps, -1);
        return run(subject, start, limit, anchored ? ANCHORED_ENTRY : 0, caps) ? caps : null;
    }

    /** One backtrack entry: resume at pc/sp, or (when pc < 0) undo a capture: slot {@code -pc-1} gets sp back. */
    private boolean run(byte[] s, int begin, int end, int entry, int[] caps) {
        int[] stack = new int[64];
        int top = 0;
        int pc = entry;
        int sp = begin;
        while (true) {
            boolean fail = false;
            int op = code[pc];
            if ((op == CHAR || op == ANY || op == CLASS || op == NCLASS || op == NAMED) && sp >= end) {
                fail = true;
            } else {
                switch (op) {
                    case CHAR -> {
                        if (s[sp] != (byte) code[pc + 1]) {
                            fail = true;
                        } else {
                            sp++;
                            pc += 2;
                        }
                    }
                    case ANY -> {
                        sp++;
                        pc++;
                    }
                    case CLASS, NCLASS -> {
                        if (!classMatch(pc, s[sp])) {
                            fail = true;
                        } else {
                            sp++;
                            pc += 2 + 2 * code[pc + 1];
                        }
                    }
                    case NAMED -> {
                        if (!namedMatch(code[pc + 1], s[sp])) {
                            fail = true;
                        } else {
                            sp++;
                            pc += 2;
                        }
                    }
                    case MATCH -> {
                        return true;
                    }
                    case JMP -> pc = pc + 2 + code[pc + 1];
                    case SPLIT, RSPLIT -> {
                        int next = pc + 2;
                        int jump = pc + 2 + code[pc + 1];
                        int first = op == SPLIT ? next : jump;
                        int second = op == SPLIT ? jump : next;
                        stack = push(stack, top, second, sp);
                        top += 2;
                        pc = first;
                    }
                    case SAVE -> {
                        int slot = code[pc + 1];
                        if (slot < caps.length) {
                            stack = push(stack, top, -slot - 1, caps[slot]);
                            top += 2;
                            caps[slot] = sp;
                        }
                        pc += 2;
                    }
                    case BOL -> {
                        // '^' is the start of the whole subject, also when sub/split/pos search further on
                        if (sp != 0) {
                            fail = true;
                        } else {
                            pc++;
                        }
                    }
                    case EOL -> {
                        if (sp != end) {
                            fail = true;
                        } else {
                            pc++;
                        }
                    }
                    default -> throw new IllegalStateException("opcode " + op);
                }
            }
            if (!fail) {
                continue;
            }
            // backtrack: undo captures until an alternative to resume
            while (true) {
                if (top == 0) {
                    return false;
                }
                top -= 2;
                int p = stack[top];
                int v = stack[top + 1];
                if (p < 0) {
                    caps[-p - 1] = v;
                } else {
                    pc = p;
                    sp = v;
                    break;
                }
            }
        }
    }

    private static int[] push(int[] stack, int top, int a, int b) {
        if (top + 2 > stack.length) {
            if (stack.length >= MAX_BACKTRACK) {
                throw new GuestError("RuntimeError", "maximum recursion depth exceeded");
            }
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = a;
        stack[top + 1] = b;
        return stack;
    }

    private boolean classMatch(int pc, byte c) {
        boolean positive = code[pc] == CLASS;
        int count = code[pc + 1];
        for (int k = 0; k < count; k++) {
            int lo = code[pc + 2 + 2 * k];
            int hi = code[pc + 3 + 2 * k];
            // re1.5 compares plain (signed) chars
            boolean hit = lo == NAMED_IN_CLASS ? namedMatch(hi, c) : c >= (byte) lo && c <= (byte) hi;
            if (hit) {
                return positive;
            }
        }
        return !positive;
    }

    private static boolean namedMatch(int name, byte c) {
        boolean in;
        switch (name | 0x20) {
            case 'd' -> in = c >= '0' && c <= '9';
            case 's' -> in = c == ' ' || (c >= '\t' && c <= '\r');
            default -> in = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        }
        // upper-case names (\D \S \W) negate
        return (name & 0x20) != 0 ? in : !in;
    }

    /**
     * re.sub: each match (up to {@code count}, 0 meaning all) replaced by {@code replacement(captures)};
     * stops at the first empty match, as MicroPython does.
     */
    public byte[] sub(byte[] subject, Function<int[], byte[]> replacement, long count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(subject.length);
        int begin = 0;
        long left = count;
        while (true) {
            int[] caps = match(subject, begin, false);
            if (caps == null || caps[0] == caps[1]) {
                break;
            }
            out.write(subject, begin, caps[0] - begin);
            out.writeBytes(replacement.apply(caps));
            begin = caps[1];
            if (left != 0 && --left == 0) {
                break;
            }
        }
        out.write(subject, begin, subject.length - begin);
        return out.toByteArray();
    }

    /** A sub() template: \N and \g&lt;N&gt; insert group N (IndexError N when there is no such group). */
    public static byte[] expandTemplate(byte[] template, byte[] subject, int[] caps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < template.length; i++) {
            byte c = template[i];
            if (c != '\\' || i + 1 >= template.length) {
                out.write(c);
                continue;
            }
            c = template[++i];
            int group = -1;
            if (c == 'g' && i + 1 < template.length && template[i + 1] == '<') {
                int close = i + 2;
                while (close < template.length && template[close] != '>') {
                    close++;
                }
                group = parseDigits(template, i + 2, close);
                if (close >= template.length || group < 0) {
                    throw new GuestError("ValueError", "invalid group reference");
                }
                i = close;
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < template.length && template[end] >= '0' && template[end] <= '9') {
                    end++;
                }
                group = parseDigits(template, i, end);
                i = end - 1;
            } else {
                out.write(c);
                continue;
            }
            if (2 * group + 1 >= caps.length) {
                throw new GuestError("IndexError", Integer.toString(group));
            }
            if (caps[2 * group] >= 0) {
                out.write(subject, caps[2 * group], caps[2 * group + 1] - caps[2 * group]);
            }
        }
        return out.toByteArray();
    }

    private static int parseDigits(byte[] b, int from, int to) {
        if (from >= to) {
            return -1;
        }
        long v = 0;
        for (int k = from; k < to; k++) {
            if (b[k] < '0' || b[k] > '9') {
                return -1;
            }
            v = Math.min(v * 10 + b[k] - '0', Integer.MAX_VALUE / 4);
        }
        return (int) v;
    }

    /** re.split (on a compiled pattern): {@code maxsplit <= 0} means no limit; stops at an empty match. */
    public List<byte[]> split(byte[] subject, long maxsplit) {
        List<byte[]> out = new ArrayList<>();
        int begin = 0;
        long left = maxsplit <= 0 ? -1 : maxsplit;
        while (left != 0) {
            int[] caps = match(subject, begin, false);
            if (caps == null || caps[0] == caps[1]) {
                break;
            }
            if (groups > 0) {
                throw new GuestError("NotImplementedError", "splitting with sub-captures");
            }
            out.add(Arrays.copyOfRange(subject, begin, caps[0]));
            begin = caps[1];
            if (left > 0) {
                left--;
            }
        }
        out.add(Arrays.copyOfRange(subject, begin, subject.length));
        return out;
    }

    /** The re1.5 compiler: one pass, inserting SPLITs in front of a repeated term. */
    private static final class Compiler {
        final byte[] re;
        final List<Integer> code = new ArrayList<>();
        int pos;
        int groups;

        Compiler(byte[] re) {
            this.re = re;
        }

        void emit(int... words) {
            for (int w : words) {
                code.add(w);
            }
        }

        int at(int i) {
            return i < re.length ? re[i] : 0;
        }

        /** Relative jump from an instruction at {@code from} (2 words long) to {@code to}. */
        static int rel(int from, int to) {
            return to - (from + 2);
        }

        void insert(int at, int... words) {
            for (int k = 0; k < words.length; k++) {
                code.add(at + k, words[k]);
            }
        }

        /** Compiles until ')' or the end; false when the pattern is malformed. */
        boolean sequence() {
            int start = code.size();
            int term = code.size();
            int altLabel = -1;
            for (; pos < re.length; pos++) {
                int c = re[pos];
                switch (c) {
                    case '\\' -> {
                        pos++;
                        if (pos >= re.length) {
                            return false;
                        }
                        term = code.size();
                        int e = re[pos];
                        emit("dDsSwW".indexOf(e) >= 0 ? NAMED : CHAR, e);
                    }
                    case '.' -> {
                        term = code.size();
                        emit(ANY);
                    }
                    case '[' -> {
                        term = code.size();
                        pos++;
                        boolean negated = at(pos) == '^';
                        if (negated) {
                            pos++;
                        }
                        emit(negated ? NCLASS : CLASS, 0);
                        int count = 0;
                        while (at(pos) != ']') {
                            if (pos >= re.length) {
                                return false;
                            }
                            int lo = re[pos];
                            if (lo == '\\') {
                                pos++;
                                lo = at(pos);
                                if ("dDsSwW".indexOf(lo) >= 0 && lo != 0) {
                                    emit(NAMED_IN_CLASS, lo);
                                    count++;
                                    pos++;
                                    continue;
                                }
                            }
                            int hi = lo;
                            if (at(pos + 1) == '-' && at(pos + 2) != ']') {
                                pos += 2;
                                hi = at(pos);
                            }
                            emit(lo, hi);
                            count++;
                            pos++;
                        }
                        code.set(term + 1, count);
                    }
                    case '(' -> {
                        term = code.size();
                        pos++;
                        boolean capture = true;
                        if (at(pos) == '?') {
                            pos++;
                            if (at(pos) != ':') {
                                return false;
                            }
                            capture = false;
                            pos++;
                        }
                        int group = 0;
                        if (capture) {
                            group = ++groups;
                            emit(SAVE, 2 * group);
                        }
                        if (!sequence() || at(pos) != ')' || pos >= re.length) {
                            return false;
                        }
                        if (capture) {
                            emit(SAVE, 2 * group + 1);
                        }
                    }
                    case '?' -> {
                        if (code.size() == term) {
                            return false;
                        }
                        insert(term, 0, 0);
                        code.set(term, lazy() ? RSPLIT : SPLIT);
                        code.set(term + 1, rel(term, code.size()));
                        term = code.size();
                    }
                    case '*' -> {
                        if (code.size() == term) {
                            return false;
                        }
                        insert(term, 0, 0);
                        int jmp = code.size();
                        emit(JMP, rel(jmp, term));
                        code.set(term, lazy() ? RSPLIT : SPLIT);
                        code.set(term + 1, rel(term, code.size()));
                        term = code.size();
                    }
                    case '+' -> {
                        if (code.size() == term) {
                            return false;
                        }
                        int split = code.size();
                        emit(lazy() ? SPLIT : RSPLIT, rel(split, term));
                        term = code.size();
                    }
                    case '|' -> {
                        if (altLabel >= 0) {
                            code.set(altLabel, rel(altLabel - 1, code.size()));
                        }
                        insert(start, 0, 0);
                        emit(JMP, 0);
                        altLabel = code.size() - 1;
                        code.set(start, SPLIT);
                        code.set(start + 1, rel(start, code.size()));
                        term = code.size();
                    }
                    case '^' -> {
                        emit(BOL);
                        term = code.size();
                    }
                    case '$' -> {
                        emit(EOL);
                        term = code.size();
                    }
                    case ')' -> {
                        if (altLabel >= 0) {
                            code.set(altLabel, rel(altLabel - 1, code.size()));
                        }
                        return true;
                    }
                    default -> {
                        term = code.size();
                        emit(CHAR, c);
                    }
                }
            }
            if (altLabel >= 0) {
                code.set(altLabel, rel(altLabel - 1, code.size()));
            }
            return true;
        }

        /** A '?' after a quantifier makes it lazy; consumes it. */
        private boolean lazy() {
            if (at(pos + 1) == '?') {
                pos++;
                return true;
            }
            return false;
        }
    }
}
