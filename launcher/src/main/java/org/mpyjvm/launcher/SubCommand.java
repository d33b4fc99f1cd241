package org.mpyjvm.launcher;

import java.util.Set;

/** The sub-command names of DESIGN.md's command-line contract; a script cannot be named like them. */
final class SubCommand {
    private static final Set<String> NAMES = Set.of("boards", "romfs", "fs", "flash", "image", "device", "fuzz", "serial");

    private SubCommand() {
    }

    static boolean isName(String word) {
        return NAMES.contains(word);
    }
}
