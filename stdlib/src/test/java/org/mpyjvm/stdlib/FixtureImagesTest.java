package org.mpyjvm.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference images of {@code ../shared/fixtures}, loaded into a RAM block device written in Python and mounted
 * by auto-detection: the detected class and {@code os.statvfs} must be the ones the fixtures README states.
 */
class FixtureImagesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "lfs2-b512-n128.img.gz|512|VfsLfs2|(512, 512, 128, 83, 83, 0, 0, 0, 0, 255)",
        "lfs2-b4096-n64.img.gz|4096|VfsLfs2|(4096, 4096, 64, 49, 49, 0, 0, 0, 0, 255)",
        "lfs1-b4096-n64.img.gz|4096|VfsLfs1|(4096, 4096, 64, 49, 49, 0, 0, 0, 0, 255)",
        "fat-b512-n1024.img.gz|512|VfsFat|(512, 512, 987, 950, 950, 0, 0, 0, 0, 255)",
        "fat-b4096-n256.img.gz|4096|VfsFat|(4096, 4096, 250, 241, 241, 0, 0, 0, 0, 255)",
    })
    void mountsWithTheStatedStatvfs(String image, int blockSize, String type, String statvfs) throws Exception {
        Path device = tmp.resolve("dev");
        Files.createDirectories(device.resolve("root"));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedFolder.path().resolve("fixtures").resolve(image)))) {
            Files.write(device.resolve("root").resolve("image.bin"), in.readAllBytes());
        }
        PythonRun r = PythonRun.run("""
                import os, vfs
                class RAMBlockDev:
                    def __init__(self, block_size, data):
                        self.block_size = block_size
                        self.data = data
                    def readblocks(self, n, buf, offset=0):
                        a = n * self.block_size + offset
                        buf[:] = self.data[a:a + len(buf)]
                    def writeblocks(self, n, buf, offset=0):
                        a = n * self.block_size + offset
                        self.data[a:a + len(buf)] = buf
                    def ioctl(self, op, arg):
                        if op == 4:
                            return len(self.data) // self.block_size
                        if op == 5:
                            return self.block_size
                        if op == 6:
                            return 0
                dev = RAMBlockDev(%d, bytearray(open('/image.bin', 'rb').read()))
                vfs.mount(dev, '/img', readonly=True)
                print(type(vfs.mount()[1][0]).__name__)
                print(os.statvfs('/img'))
                print(open('/img/greeting.txt').read(), os.stat('/img/data')[0])
                """.formatted(blockSize), "device=" + device, "fresh=false");
        assertEquals(type + "\n" + statvfs + "\nHello world 16384\n", r.out(), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"romfs-tree.img.gz|(1, 0, 2216, 0, 0, 0, 0, 0, 0, 32767)"})
    void romfsImage(String image, String statvfs) throws Exception {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(
                SharedFolder.path().resolve("fixtures").resolve(image)))) {
            bytes = in.readAllBytes();
        }
        Path device = tmp.resolve("rom");
        Files.createDirectories(device.resolve("root"));
        Files.write(device.resolve("root").resolve("tree.img"), bytes);
        String listing = Files.readString(SharedFolder.path().resolve("fixtures").resolve("romfs-tree.listing.txt"));
        PythonRun r = PythonRun.run("""
                import os, vfs
                vfs.mount(vfs.VfsRom(open('/tree.img', 'rb').read()), '/r')
                def walk(d):
                    for e in os.ilistdir(d):
                        p = d + '/' + e[0]
                        print(p, e[1], e[3])
                        if e[1] == 0x4000:
                            walk(p)
                walk('/r')
                print(os.statvfs('/r'))
                """, "device=" + device, "fresh=false");
        assertEquals(listing, r.out(), r.err());
        assertEquals(statvfs, r.out().strip().lines().reduce((a, b) -> b).orElse(""));
    }
}
