package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void romfsQueryOnUnix() {
        PythonRun r = PythonRun.run("""
                import vfs
                num_segments = vfs.rom_ioctl(1)
                print(f"Available ROM segments: {num_segments}")
                if num_segments > 0:
                    segment_info = vfs.rom_ioctl(2, 0)
                    print(f"Segment 0: {segment_info}")
                """);
        assertEquals("Available ROM segments: 1\nSegment 0: <memoryview>\n", r.out(), r.err());
    }
}
