package org.mpyjvm.language.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The frozen sources come from this module's jar resources (readable from inside the named module). */
class FrozenModulesTest {
    @Test
    void readsPackagesAndModulesFromResources() {
        FrozenModules frozen = new FrozenModules();
        assertTrue(frozen.isPackage("asyncio"));
        assertTrue(frozen.source("asyncio/core.py").contains("def run_until_complete"));
        assertFalse(frozen.isPackage("asyncio/core"));
        assertNull(frozen.source("asyncio/nothing.py"));
        assertNull(frozen.source("nothing.py"));
    }

    @Test
    void addedSourcesShadowNothingButAreFound() {
        FrozenModules frozen = new FrozenModules();
        frozen.add("board_cfg.py", "PINS = 3\n");
        assertEquals("PINS = 3\n", frozen.source("board_cfg.py"));
        frozen.add("drivers/__init__.py", "");
        assertTrue(frozen.isPackage("drivers"));
    }
}
