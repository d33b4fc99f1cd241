package org.mpyjvm.language.hashing;

import java.util.List;

/** A KeyStrategy over plain Java values (Long, Double, Boolean, String, List as tuple) for tests. */
final class PlainKeys implements KeyStrategy {
    private final MpHash hash;
    int hashCalls;

    PlainKeys(MpHash hash) {
        this.hash = hash;
    }

    @Override
    public long hash(Object key) {
        hashCalls++;
        if (key instanceof Boolean b) {
            return hash.ofBool(b);
        } else if (key instanceof Long l) {
            return hash.ofInt(l);
        } else if (key instanceof Double d) {
            return hash.ofFloat(d);
        } else if (key instanceof String s) {
            return hash.ofStr(s);
        } else if (key instanceof List<?> items) {
            long[] hashes = new long[items.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = hash(items.get(i));
            }
            return hash.ofTuple(hashes);
        }
        throw new IllegalArgumentException("unhashable " + key);
    }

    @Override
    public boolean keyEquals(Object stored, Object probe) {
        if (stored instanceof String || probe instanceof String || stored instanceof List || probe instanceof List) {
            return stored.equals(probe);
        }
        return asDouble(stored) == asDouble(probe);
    }

    private static double asDouble(Object o) {
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) o).doubleValue();
    }

    /** Parses the generator's "i:5", "s:abc", "f:1.5", "b:1" tokens. */
    static Object decode(String token) {
        String v = token.substring(2);
        return switch (token.charAt(0)) {
            case 'i' -> Long.parseLong(v);
            case 'f' -> Double.parseDouble(v);
            case 'b' -> v.equals("1");
            case 's' -> v;
            default -> throw new IllegalArgumentException(token);
        };
    }

    static String encode(Object key) {
        if (key instanceof Boolean b) {
            return b ? "b:1" : "b:0";
        } else if (key instanceof Long l) {
            return "i:" + l;
        } else if (key instanceof Double d) {
            return "f:" + d;
        }
        return "s:" + key;
    }
}
