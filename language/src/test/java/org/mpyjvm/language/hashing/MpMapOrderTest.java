package org.mpyjvm.language.hashing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays dict/set operation sequences recorded on MicroPython 1.27 (npm webassembly build, 32-bit words)
 * and checks the iteration order. Line format: {@code D|S '|' literal keys '|' ops '|' final order};
 * ops: {@code +key} insert, {@code -key} delete, {@code P} popitem/pop, {@code C} copy.
 */
class MpMapOrderTest {
    static Stream<String> scenarios() throws IOException {
        try (var in = MpMapOrderTest.class.getResourceAsStream("dict-order-wasm.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank()).collect(Collectors.toList()).stream();
        }
    }

    private static List<String> tokens(String field) {
        List<String> out = new ArrayList<>();
        for (String t : field.split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void iterationOrderMatchesMicroPython(String line) {
        String[] f = line.split("\\|", -1);
        PlainKeys keys = new PlainKeys(MpHash.WEBASSEMBLY);
        List<String> literal = tokens(f[1]);
        boolean isSet = f[0].equals("S");
        MpMap map = new MpMap(keys, MachineWord.BITS32, literal.size());
        MpSet set = new MpSet(keys, MachineWord.BITS32, literal.size());
        for (String t : literal) {
            map.put(PlainKeys.decode(t), 0L);
            set.add(PlainKeys.decode(t));
        }
        long i = 0;
        for (String op : tokens(f[2])) {
            switch (op.charAt(0)) {
                case '+' -> {
                    map.put(PlainKeys.decode(op.substring(1)), i);
                    set.add(PlainKeys.decode(op.substring(1)));
                }
                case '-' -> {
                    map.remove(PlainKeys.decode(op.substring(1)));
                    set.remove(PlainKeys.decode(op.substring(1)));
                }
                case 'P' -> {
                    map.removeFirst();
                    set.removeFirst();
                }
                case 'C' -> {
                    map = map.copy();
                    set = set.copy();
                }
                default -> throw new IllegalArgumentException(op);
            }
            i++;
        }
        List<Object> order = isSet ? set.items() : map.keys();
        String actual = order.stream().map(PlainKeys::encode).collect(Collectors.joining(" "));
        String expected = tokens(f[3]).stream().map(t -> PlainKeys.encode(PlainKeys.decode(t)))
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual, line);
    }
}
