package org.mpyjvm.ports.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardFileParser;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.device.Device;
import org.mpyjvm.ports.device.ImageStore;
import org.mpyjvm.ports.memory.MediaSource;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.runtime.romfs.ByteRegion;
import org.mpyjvm.runtime.romfs.RomfsFilesystem;
import org.mpyjvm.runtime.romfs.RomfsWriter;

/** rom_ioctl per port over fresh in-memory devices: results, error returns, bounds and alignment. */
class RomIoctlTest {
    private static final BoardRegistry R = BoardRegistry.builtIn();
    private static final int EINVAL = -22;

    private record Rig(Device device, RomIoctl ioctl) {
    }

    private static Rig rig(String board) throws IOException {
        Board b = R.lookup(board);
        Device d = Device.fresh(b);
        MediaSource media = d.plainMedia();
        return new Rig(d, Ports.of(b.port()).romIoctl(b, media).orElseThrow());
    }

    private static byte[] image() {
        RomfsWriter w = new RomfsWriter();
        w.addFile("boot.py", "import app\n".getBytes());
        w.openDir("lib");
        w.addFile("app.py", "x = 10\n".getBytes());
        w.closeDir();
        return w.finish();
    }

    /** Deploys as mpremote does without a partition object: prepare, chunked zero-padded writes, complete. */
    private static void deploy(RomIoctl io, byte[] img, int chunk) {
        int gran = (int) io.call(6, 0L);
        int min = gran > 0 && gran < io.segments().get(0).size()
                ? (int) io.call(3, 0L, 0L, (long) ((img.length + gran - 1) / gran * gran))
                : (int) io.call(3, 0L, (long) img.length);
        assertTrue(min > 0, "prepare failed: " + min);
        for (int off = 0; off < img.length; off += chunk) {
            byte[] buf = Arrays.copyOf(Arrays.copyOfRange(img, off, Math.min(img.length, off + chunk)), chunk);
            assertEquals(0, io.call(4, 0L, (long) off, buf));
        }
        io.call(5, 0L);
    }

    @Test
    void unixStartsWithTheEmptyImageAndAcceptsADeploy() throws Exception {
        Rig rig = rig("unix");
        RomIoctl io = rig.ioctl();
        assertEquals(1, io.call(1));
        SegmentResult.Memory seg = assertInstanceOf(SegmentResult.Memory.class, io.call(2, 0L));
        assertEquals(128 * 1024, seg.region().length());
        assertEquals(List.of(), new RomfsFilesystem(seg.region()).ilistdir("/"));
        assertEquals(4096, io.call(6, 0L));
        assertEquals(0, io.call(5, 0L));
        deploy(io, image(), 4096);
        RomfsFilesystem fs = new RomfsFilesystem(seg.region());
        assertEquals(2, fs.ilistdir("/").size());
        assertEquals(7, fs.stat("/lib/app.py").size());
    }

    @Test
    void errorsAreNegativeAndTouchNothing() throws Exception {
        Rig rig = rig("unix");
        RomIoctl io = rig.ioctl();
        assertInstanceOf(SegmentResult.Error.class, io.call(2, 1L));
        assertEquals(EINVAL, ((SegmentResult.Error) io.call(2, -1L)).code());
        assertEquals(EINVAL, io.call(3, 1L, 10L));
        assertEquals(EINVAL, io.call(3, 0L, 128 * 1024 + 1L));
        assertEquals(EINVAL, io.call(3, 0L, 100L, 4096L), "offset not aligned to the granularity");
        assertEquals(EINVAL, io.call(3, 0L, 126 * 1024L, 8192L), "range past the end");
        assertEquals(EINVAL, io.call(4, 0L, 2L, new byte[4]), "offset not aligned to the minimum write size");
        assertEquals(EINVAL, io.call(4, 0L, 128 * 1024L - 4, new byte[8]), "write past the end");
        assertEquals(EINVAL, io.call(4, 0L, -4L, new byte[4]));
        assertEquals(EINVAL, io.call(7, 0L));
        assertEquals(EINVAL, io.call(4, 0L, 0L, 5L), "buffer must be bytes");
        assertEquals(EINVAL, io.call(5, 3L));
        ImageStore rom = rig.device().store("rom0");
        assertEquals(0xD2, rom.get(0), "nothing was erased");
    }

    @Test
    void prepareErasesEveryUnitTouched() throws Exception {
        Rig rig = rig("unix");
        ImageStore rom = rig.device().store("rom0");
        rom.write(8192, new byte[] {1, 2}, 0, 2);
        rom.write(12288, new byte[] {3}, 0, 1);
        assertEquals(4, rig.ioctl().call(3, 0L, 8192L, 1L));
        assertEquals(0xFF, rom.get(8192));
        assertEquals(0xFF, rom.get(8193));
        assertEquals(3, rom.get(12288), "next unit untouched");
        assertEquals(0xD2, rom.get(0), "previous unit untouched");
    }

    @Test
    void stm32QspiSegment() throws Exception {
        Rig rig = rig("stm32:PYBD_SF2");
        RomIoctl io = rig.ioctl();
        assertEquals(1, io.call(1));
        SegmentResult.Memory seg = (SegmentResult.Memory) io.call(2, 0L);
        assertEquals(0x90100000L, seg.address());
        assertEquals(1 << 20, seg.region().length());
        assertEquals(EINVAL, io.call(5, 0L));
        ImageStore qspi = rig.device().store("qspi");
        byte[] firmwareBefore = new byte[1 << 20];
        qspi.read(0, firmwareBefore, 0, firmwareBefore.length);
        deploy(io, image(), 4096);
        assertEquals(2, new RomfsFilesystem(seg.region()).ilistdir("/").size());
        byte[] firmwareAfter = new byte[1 << 20];
        qspi.read(0, firmwareAfter, 0, firmwareAfter.length);
        assertArrayEquals(firmwareBefore, firmwareAfter, ".text_ext below the ROM is untouched");
        assertEquals(0xD2, qspi.get(0x100000));
    }

    @Test
    void stm32InternalFlashWritesWholeWords() throws Exception {
        Rig rig = rig("stm32:PYBV11");
        RomIoctl io = rig.ioctl();
        assertEquals(131072, io.call(6, 0L));
        assertEquals(16, io.call(3, 0L, 10L));
        assertEquals(0, io.call(4, 0L, 0L, new byte[] {1, 2, 3, 4, 5, 6}));
        ImageStore flash = rig.device().store("internal");
        assertEquals(4, flash.get(0xE0003));
        assertEquals(0xFF, flash.get(0xE0004), "trailing bytes dropped");
        assertEquals(EINVAL, io.call(4, 0L, 4L, new byte[16]), "offset must be a 16-byte multiple");
    }

    @Test
    void esp8266Quirks() throws Exception {
        Rig rig = rig("esp8266");
        RomIoctl io = rig.ioctl();
        SegmentResult.Memory seg = (SegmentResult.Memory) io.call(2, 0L);
        assertEquals(0x402B0000L, seg.address());
        assertEquals(320 * 1024, seg.region().length());
        assertEquals(EINVAL, io.call(6, 0L));
        assertEquals(EINVAL, io.call(5, 0L));
        ImageStore flash = rig.device().store("flash");
        flash.write(0xB0000 + 8192, new byte[] {0}, 0, 1);
        // 4-argument form: the third argument (8192) is taken as the length, from offset 0.
        assertEquals(4, io.call(3, 0L, 8192L, 4096L));
        assertEquals(0, flash.get(0xB0000 + 8192), "only [0, 8192) erased");
        assertEquals(0, io.call(4, 0L, 0L, new byte[] {1, 2, 3, 4, 5}));
        assertEquals(5, flash.get(0xB0004));
        assertEquals(0xFF, flash.get(0xB0005), "padded with 0xFF up to 8 bytes");
        assertEquals(EINVAL, io.call(4, 0L, 320 * 1024L - 4, new byte[5]), "padding counts against the end");
    }

    @Test
    void alifHasOspiAndMramSegments() throws Exception {
        Rig rig = rig("alif");
        RomIoctl io = rig.ioctl();
        assertEquals(2, io.call(1));
        assertEquals(0xC1000000L, ((SegmentResult.Memory) io.call(2, 0L)).address());
        assertEquals(4, io.call(3, 0L, 100L));
        assertEquals(16, io.call(3, 1L, 100L));
        assertEquals(16, io.call(6, 1L));
        assertEquals(EINVAL, io.call(3, 1L, 8L, 16L), "MRAM offsets follow its 16-byte granularity");
        ImageStore mram = rig.device().store("mram");
        assertEquals(0, io.call(4, 1L, 16L, new byte[] {7, 7, 7}));
        assertEquals(7, mram.get(0x47E000 + 18));
        assertEquals(0xFF, mram.get(0x47E000 + 19));
        assertEquals(EINVAL, io.call(4, 1L, 8L, new byte[16]));
        assertEquals(EINVAL, io.call(4, 1L, (1 << 20) - 16L, new byte[17]), "rounded up past the end");
    }

    @Test
    void samdErasesWholeBlocksAtPageGranularity() throws Exception {
        Rig rig = rig("samd");
        RomIoctl io = rig.ioctl();
        assertEquals(512, io.call(6, 0L));
        ImageStore flash = rig.device().store("internal");
        flash.write(0x70000 + 8191, new byte[] {0}, 0, 1);
        flash.write(0x70000 + 8192, new byte[] {0}, 0, 1);
        assertEquals(4, io.call(3, 0L, 512L, 512L));
        assertEquals(0xFF, flash.get(0x70000 + 8191), "the whole 8 K block went");
        assertEquals(0, flash.get(0x70000 + 8192));
    }

    @Test
    void objectStylePorts() throws Exception {
        Rig pico = rig("rp2");
        SegmentResult.Device d = assertInstanceOf(SegmentResult.Device.class, pico.ioctl().call(2, 0L));
        assertEquals("<Flash>", d.repr());
        assertEquals("Flash", d.typeName());
        assertEquals(32, d.device().blockCount());
        assertEquals(4096, d.device().blockSize());
        for (int op = 3; op <= 6; op++) {
            assertEquals(EINVAL, pico.ioctl().call(op, 0L, 0L, 4096L));
        }
        // mpremote's path for object segments: ioctl(6) erase + extended writeblocks.
        RegionBlockDevice dev = d.device();
        byte[] img = image();
        dev.erase(0);
        dev.program(0, 0, img, 0, img.length);
        assertEquals(2, new RomfsFilesystem(dev.region()).ilistdir("/").size());
        assertEquals(0xD2, pico.device().store("flash").get(0x80000));

        SegmentResult.Device rt = (SegmentResult.Device) rig("mimxrt").ioctl().call(2, 0L);
        assertEquals(1, rt.device().blockCount());
        assertEquals(262144, rt.device().blockSize());
        assertEquals(64, ((SegmentResult.Device) rig("nrf").ioctl().call(2, 0L)).device().blockCount());
        assertEquals("<ExternalFlash>", ((SegmentResult.Device) rig("spark").ioctl().call(2, 0L)).repr());
    }

    @Test
    void esp32PartitionFromTheCsv() throws Exception {
        RomIoctl io = rig("esp32").ioctl();
        assertEquals(1, io.call(1));
        SegmentResult.Device d = (SegmentResult.Device) io.call(2, 0L);
        assertEquals("<Partition type=1, subtype=143, address=1966080, size=131072, label=romfs, encrypted=0>",
                d.repr());
        assertEquals("Partition", d.typeName());
        assertEquals(EINVAL, io.call(3, 0L, 10L));

        Board noRom = new BoardFileParser(n -> "nvs, data, nvs, 0x9000, 0x6000,\n").parse(
                "[board esp32:X]\nname = x\nmcu = ESP32\nplatform = esp32\npartitions = p.csv\n"
                        + "medium flash kind=nor size=4M erase=4K\n", "x").get(0);
        RomIoctl none = new Esp32Port().romIoctl(noRom, Device.fresh(noRom).plainMedia()).orElseThrow();
        assertEquals(0, none.call(1));
        assertEquals(EINVAL, ((SegmentResult.Error) none.call(2, 0L)).code());
    }

    @Test
    void zeroSizeRomOnMimxrtFailsEveryOp() throws Exception {
        Board b = new BoardFileParser(n -> null).parse("[board mimxrt:NO_ROM]\nname = x\nmcu = y\nplatform = mimxrt\n"
                + "medium hyperflash kind=nor size=1M erase=256K\n", "x").get(0);
        RomIoctl io = new MimxrtPort().romIoctl(b, Device.fresh(b).plainMedia()).orElseThrow();
        assertEquals(EINVAL, io.call(1));
        assertEquals(EINVAL, io.call(2, 0L));
    }

    @Test
    void zephyrAndQemuAndWebassembly() throws Exception {
        RomIoctl reel = rig("zephyr:reel_board").ioctl();
        assertEquals(0x67000, ((SegmentResult.Memory) reel.call(2, 0L)).region().length());
        assertEquals(0, reel.call(5, 0L));
        assertEquals(8, rig("zephyr:frdm_k64f").ioctl().call(3, 0L, 4096L));
        assertEquals(0x21000000L, ((SegmentResult.Memory) rig("qemu").ioctl().call(2, 0L)).address());
        SegmentResult.Memory wasm = (SegmentResult.Memory) rig("webassembly").ioctl().call(2, 0L);
        assertEquals(0x00, new RomfsFilesystem(wasm.region()).statvfs("/").blocks());
    }

    @Test
    void circuitPythonHasNoRomIoctl() throws Exception {
        Board b = R.lookup("circuitpython");
        assertTrue(Ports.of("circuitpython").romIoctl(b, Device.fresh(b).plainMedia()).isEmpty());
    }

    @Test
    void everyMicroPythonBoardServesSegmentZero() throws Exception {
        for (Board b : R.all()) {
            if (b.isCircuitPython()) {
                continue;
            }
            RomIoctl io = Ports.of(b.port()).romIoctl(b, Device.fresh(b).plainMedia()).orElseThrow();
            assertTrue((int) io.call(1) >= 1, b.id());
            Object seg = io.call(2, 0L);
            ByteRegion region = seg instanceof SegmentResult.Memory m ? m.region()
                    : ((SegmentResult.Device) seg).device().region();
            assertTrue(region.length() > 0, b.id());
        }
    }
}
