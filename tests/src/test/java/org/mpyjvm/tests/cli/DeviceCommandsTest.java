package org.mpyjvm.tests.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that act on a device folder: romfs deploy/query through rom_ioctl, the seed's mpremote lines, fs
 * copies, and the Spark Core's DFU loader with its reserved area.
 */
class DeviceCommandsTest {
    @TempDir
    Path dir;

    @Test
    void romfsDeployThenQueryOnAFreshUnixDevice() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/util.py"), "def f():\n    return 42\n");
        MpyCommand.Result build = MpyCommand.run(dir, "-q", "romfs", "build", "lib", "--output", "r.img");
        assertEquals(0, build.status(), build.stderr());
        byte[] image = Files.readAllBytes(dir.resolve("r.img"));

        MpyCommand.Result deploy = MpyCommand.run(dir, "--device", "dev", "romfs", "deploy", "r.img");
        assertEquals(0, deploy.status(), deploy.stdout() + deploy.stderr());
        assertEquals("Image size is " + image.length + " bytes\n"
                + "ROMFS0 partition has size 131072 bytes (32 blocks of 4096 bytes each)\n"
                + "Preparing ROMFS0 partition for writing\n"
                + "\rWriting at offset 0\n"
                + "ROMFS image deployed\n", deploy.stdout());
        // The segment is the first 128 KiB of rom0.img; check the bytes landed there, outside the CLI.
        byte[] rom = Files.readAllBytes(dir.resolve("dev/rom0.img"));
        byte[] head = java.util.Arrays.copyOf(rom, image.length);
        assertArrayEquals(image, head);

        MpyCommand.Result query = MpyCommand.run(dir, "--device", "dev", "romfs", "query");
        assertEquals(0, query.status(), query.stderr());
        assertTrue(query.stdout().startsWith("ROMFS0 partition has size 131072 bytes (32 blocks of 4096 bytes each)\n"
                + "  Raw contents: d2:cd:31:"), query.stdout());
        assertTrue(query.stdout().contains("  ROMFS image size: " + (image.length - 4) + "\n")
                || query.stdout().contains("  ROMFS image size: " + (image.length - 5) + "\n"), query.stdout());

        MpyCommand.Result run = MpyCommand.run(dir, "-q", "--device", "dev", "-c", "import util; print(util.f())");
        assertEquals("42\n", run.stdout(), run.stderr());
    }

    @Test
    void romfsDeployRefusesAnImageBiggerThanTheSegment() throws Exception {
        byte[] big = new byte[200_000];
        big[0] = (byte) 0xD2;
        big[1] = (byte) 0xCD;
        big[2] = 0x31;
        Files.write(dir.resolve("big.img"), big);
        MpyCommand.Result r = MpyCommand.run(dir, "--board", "rp2", "--device", "pico", "romfs", "deploy", "big.img");
        assertEquals(1, r.status(), r.stdout() + r.stderr());
        assertTrue(r.stdout().endsWith("ROMFS0 partition has size 131072 bytes (32 blocks of 4096 bytes each)\n"
                + "ROMFS image is too big for the target partition\n"), r.stdout());
        // Nothing was erased: the pico's ROM at flash offset 0x80000 is still blank.
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("pico/flash.img").toFile(), "r")) {
            f.seek(0x80000);
            assertEquals(0xFF, f.read());
        }
    }

    @Test
    void seedMpremoteLinesRunUnchangedThenTheListingShowsTheImage() throws Exception {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/hello.py"), "print('hello')\n");
        Files.writeString(dir.resolve("lib/util.py"), "x = 1\n");
        Map<String, String> env = Map.of("MPY_DEVICE", dir.resolve("dev").toString());
        MpyCommand.Result seed = MpyCommand.exec(dir, env,
                List.of("bash", MpyCommand.SHARED.resolve("examples/romfs_deploy.sh").toString()));
        assertEquals(0, seed.status(), seed.stdout() + seed.stderr());
        assertTrue(Files.exists(dir.resolve("romfs.img")), "the seed's order writes romfs.img");
        assertTrue(seed.stdout().contains("ROMFS image deployed\n"), seed.stdout());
        MpyCommand.Result list = MpyCommand.exec(dir, env, List.of(MpyCommand.ROOT.resolve("bin/mpy").toString(),
                MpyCommand.SHARED.resolve("examples/romfs_list.py").toString()));
        assertEquals("ROM filesystem contents:\n hello.py\n util.py\n", list.stdout(), list.stderr());
    }

    @Test
    void fsCopiesToAndFromTheDevice() throws Exception {
        Files.writeString(dir.resolve("local.txt"), "hello device\n");
        MpyCommand.Result cp = MpyCommand.run(dir, "--device", "dev", "fs", "cp", "local.txt", ":/notes.txt");
        assertEquals(0, cp.status(), cp.stderr());
        assertEquals("hello device\n", Files.readString(dir.resolve("dev/root/notes.txt")));
        MpyCommand.Result ls = MpyCommand.run(dir, "--device", "dev", "fs", "ls", ":/");
        assertTrue(ls.stdout().contains("          13 notes.txt\n"), ls.stdout());
        assertTrue(ls.stdout().contains("           0 rom/\n"), ls.stdout());
        MpyCommand.Result missing = MpyCommand.run(dir, "--device", "dev", "fs", "cat", ":/nope.txt");
        assertEquals(1, missing.status());
        assertEquals("mpy: fs cat: :/nope.txt: [Errno 2] ENOENT\n", missing.stderr());
    }

    @Test
    void sparkFlashWriteRefusesTheReservedAreaAndVerifiesTheUserArea() throws Exception {
        byte[] data = new byte[1 << 20];
        new Random(7).nextBytes(data);
        Files.write(dir.resolve("data.bin"), data);
        MpyCommand.Result refused = MpyCommand.run(dir, "--board", "spark", "--device", "spark", "flash", "write",
                "--alt", "1", "--address", "0x7F000", "data.bin");
        assertEquals(1, refused.status(), refused.stdout() + refused.stderr());
        assertTrue(refused.stderr().contains("reserved region"), refused.stderr());
        assertFalse(refused.stdout().contains("Writing"), refused.stdout());

        MpyCommand.Result ok = MpyCommand.run(dir, "--device", "spark", "flash", "write", "--alt", "1",
                "--address", "0x80000", "data.bin");
        assertEquals(0, ok.status(), ok.stdout() + ok.stderr());
        assertTrue(ok.stdout().contains("Verified 1048576 bytes: OK"), ok.stdout());
        byte[] spi = Files.readAllBytes(dir.resolve("spark/spi.img"));
        assertArrayEquals(data, java.util.Arrays.copyOfRange(spi, 0x80000, 0x80000 + data.length));
        for (int i = 0; i < 0x80000; i += 4096) {
            assertEquals((byte) 0xFF, spi[i], "reserved area untouched at " + i);
        }
    }
}
