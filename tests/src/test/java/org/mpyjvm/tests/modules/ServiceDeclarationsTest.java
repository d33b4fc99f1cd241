package org.mpyjvm.tests.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Builtin modules must be found both on the module path (module-info's {@code provides}, as bin/mpy runs) and on
 * the class path (META-INF/services, as the tests and embedders run): both lists must name the same classes.
 */
class ServiceDeclarationsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "language, org.mpyjvm.language.spi.ModuleDefinition",
        "stdlib, org.mpyjvm.language.spi.ModuleDefinition",
        "stdlib, org.mpyjvm.language.spi.FileAccess",
        "stdlib, org.mpyjvm.language.spi.ContextStartup"})
    void classPathServicesMatchModuleInfo(String module, String service) throws IOException {
        Path base = Paths.get("..", module, "src", "main");
        String moduleInfo = Files.readString(base.resolve("java/module-info.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("provides\\s+" + Pattern.quote(service) + "\\s+with\\s+([^;]+);")
                .matcher(moduleInfo);
        List<String> declared = m.find()
                ? Arrays.stream(m.group(1).split(",")).map(String::strip).sorted().collect(Collectors.toList())
                : List.of();
        Path services = base.resolve("resources/META-INF/services/" + service);
        List<String> listed = Files.exists(services)
                ? Files.readAllLines(services, StandardCharsets.UTF_8).stream().map(String::strip)
                        .filter(s -> !s.isEmpty() && !s.startsWith("#")).sorted().collect(Collectors.toList())
                : List.of();
        assertEquals(declared, listed, "update " + services + " to match " + module + "'s module-info.java");
    }
}
