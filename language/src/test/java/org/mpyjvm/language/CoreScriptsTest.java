package org.mpyjvm.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Execution-core scripts (generators, tracebacks, calls, eval/exec, MRO) under {@code resources/.../core}; each
 * {@code .exp} is what MicroPython 1.27 printed for the script run as {@code test.py}. A first line
 * {@code # exit: N} gives the expected exit status (default 0).
 */
class CoreScriptsTest {
    private static final List<String> SCRIPTS = List.of("gen_send", "gen_running", "gen_close", "gen_expr_operands",
        "gen_yield_from", "gen_control_flow", "genexpr_lazy", "gen_traceback", "traceback_caught", "call_errors",
        "eval_exec", "mro_super", "compile_yield_listcomp", "compile_nonlocal", "parse_dict_unpack", "call_sites_polymorphic", "fstring_nested_fields");

    @TestFactory
    Stream<DynamicTest> scripts() {
        return SCRIPTS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String code = resource(name + ".py");
            String expected = resource(name + ".py.exp");
            int status = code.startsWith("# exit: ") ? Integer.parseInt(code.substring(8, code.indexOf('\n')).trim()) : 0;
            assertEquals(expected + "[exit " + status + "]", ScriptRunner.run(code));
        }));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CoreScriptsTest.class.getResourceAsStream("core/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource core/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
