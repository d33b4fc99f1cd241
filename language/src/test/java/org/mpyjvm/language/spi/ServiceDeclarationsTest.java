package org.mpyjvm.language.spi;

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
import org.junit.jupiter.api.Test;

/**
 * The builtin modules must be found both on the module path (module-info's {@code provides}) and on the class
 * path (META-INF/services, which tests and embedders use): the two lists must name the same classes.
 */
class ServiceDeclarationsTest {
    @Test
    void classPathServicesMatchModuleInfo() throws IOException {
        String moduleInfo = Files.readString(Paths.get("src/main/java/module-info.java"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("provides\\s+org\\.mpyjvm\\.language\\.spi\\.ModuleDefinition\\s+with\\s+([^;]+);")
                .matcher(moduleInfo);
        m.find();
        List<String> declared = Arrays.stream(m.group(1).split(",")).map(String::strip).sorted()
                .collect(Collectors.toList());
        Path services = Paths.get("src/main/resources/META-INF/services/" + ModuleDefinition.class.getName());
        List<String> listed = Files.readAllLines(services, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(s -> !s.isEmpty() && !s.startsWith("#")).sorted().collect(Collectors.toList());
        assertEquals(declared, listed, "update " + services + " to match module-info.java");
    }
}
