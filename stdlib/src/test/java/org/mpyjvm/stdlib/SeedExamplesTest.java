package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The seed documents' examples, run unchanged on their boards, with EXPECTED.md's outputs. */
class SeedExamplesTest {
    private static PythonRun example(String file, String... env) throws Exception {
        return PythonRun.named(file, SharedFolder.example(file), env);
    }

    @Test
    void flashAreaLittlefsOnReelBoard() throws Exception {
        PythonRun r = example("zephyr_flasharea_lfs2.py", "board=zephyr:reel_board");
        assertEquals("Hello world\n", r.out(), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void flashAreaLittlefsOnOtherZephyrBoards() throws Exception {
        for (String board : new String[] {"zephyr:rv32m1_vega_ri5cy", "zephyr:mimxrt1050_evk"}) {
            PythonRun r = example("zephyr_flasharea_lfs2.py", "board=" + board);
            assertEquals("Hello world\n", r.out(), board + ": " + r.err());
        }
    }

    @Test
    void frdmK64fScratchArea() throws Exception {
        PythonRun r = example("zephyr_frdm_k64f_scratch.py", "board=zephyr:frdm_k64f");
        assertEquals("Hello world\n", r.out(), r.err());
    }

    @Test
    void sdhcExampleStopsWithNameError() throws Exception {
        PythonRun r = example("zephyr_sdhc_fat.py", "board=zephyr:mimxrt1050_evk");
        assertEquals("""
                Traceback (most recent call last):
                  File "zephyr_sdhc_fat.py", line 3, in <module>
                NameError: name 'zephyr' isn't defined
                """, r.out(), r.err());
        assertEquals(1, r.status());
        assertEquals("", r.err(), "no hint when hints are off");
    }

    @Test
    void sdhcExampleHintOnStderr() throws Exception {
        PythonRun r = example("zephyr_sdhc_fat.py", "board=zephyr:mimxrt1050_evk", "hints=true");
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("import zephyr"), r.err());
    }

    @Test
    void sdhcExampleWithTypoFixed() throws Exception {
        String fixed = SharedFolder.example("zephyr_sdhc_fat.py").replace("zephyr.DiskAccess", "DiskAccess");
        PythonRun r = PythonRun.run(fixed, "board=zephyr:mimxrt1050_evk");
        assertEquals("Hello world\n", r.out(), r.err());
    }

    @Test
    void mimxrtXipSnippetIsSilent() throws Exception {
        PythonRun r = example("mimxrt_flash_xip.py", "board=mimxrt:MIMXRT1050_EVK");
        assertEquals("", r.out(), r.err());
        assertEquals(0, r.status());
    }

    @Test
    void romfsQueryOnUnix() throws Exception {
        PythonRun r = example("romfs_query.py");
        assertEquals("Available ROM segments: 1\nSegment 0: <memoryview>\n", r.out(), r.err());
    }

    @Test
    void romfsQueryOnObjectStyleBoards() throws Exception {
        assertEquals("Available ROM segments: 1\nSegment 0: <Flash>\n",
                example("romfs_query.py", "board=mimxrt").out());
        assertEquals("Available ROM segments: 1\nSegment 0: <Partition type=1, subtype=143, address=1966080, "
                + "size=131072, label=romfs, encrypted=0>\n", example("romfs_query.py", "board=esp32").out());
        assertEquals("Available ROM segments: 1\nSegment 0: <memoryview>\n",
                example("romfs_query.py", "board=zephyr:reel_board").out());
    }

    @Test
    void romfsListOnFreshUnix() throws Exception {
        PythonRun r = example("romfs_list.py");
        assertEquals("ROM filesystem contents:\n", r.out(), r.err());
    }
}
