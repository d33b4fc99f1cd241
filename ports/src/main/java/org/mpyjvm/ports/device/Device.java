package org.mpyjvm.ports.device;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.board.RomSegment;
import org.mpyjvm.ports.memory.MediaSource;
import org.mpyjvm.ports.port.Ports;
import org.mpyjvm.runtime.romfs.RomfsImage;

/**
 * One board's persisted state (DESIGN.md "Devices"): in a host folder
 * <pre>
 *   board.json        {"board": "PORT:BOARD", "format": "1", ...options}
 *   &lt;medium&gt;.img       one raw image per medium (flash.img, qspi.img, sd0.img, rom0.img)
 *   root/             the host tree mounted at / (boards with a posix mount: unix, webassembly)
 * </pre>
 * or entirely in memory ({@link #fresh}, with a temporary {@code root/} deleted by {@link #close}). A new device
 * starts as BOARDS.md section 0 says: NOR and MRAM blank (0xFF), SD cards zeroed, firmware and bootloader regions
 * a fixed pseudo-random pattern, and a ROM segment marked {@code fresh=romfs-empty} holding {@code d2 cd 31 00}.
 */
public final class Device implements Closeable {
    public static final String STATE_FILE = "board.json";
    public static final String ROOT = "root";
    private static final String FORMAT = "1";

    private final Board board;
    private final Path folder;
    private final Path root;
    private final boolean temporary;
    private final Map<String, ImageStore> stores;
    private final Map<String, String> state;

    private Device(Board board, Path folder, Path root, boolean temporary, Map<String, ImageStore> stores,
                   Map<String, String> state) {
        this.board = board;
        this.folder = folder;
        this.root = root;
        this.temporary = temporary;
        this.stores = stores;
        this.state = state;
    }

    /** The default folder: {@code ${XDG_STATE_HOME:-~/.local/state}/mpy-jvm/devices/PORT-BOARD}. */
    public static Path defaultFolder(Board board) {
        String xdg = System.getenv("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("mpy-jvm").resolve("devices").resolve(board.port() + "-" + board.board());
    }

    /**
     * Opens the device in {@code folder}, creating it (and its media) on first use. A folder that belongs to
     * another board, or whose images do not match the board's media sizes, is refused with an IOException.
     */
    public static Device open(Board board, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path stateFile = folder.resolve(STATE_FILE);
        Map<String, String> state;
        boolean created = !Files.exists(stateFile);
        if (created) {
            state = new LinkedHashMap<>();
            state.put("board", board.id());
            state.put("format", FORMAT);
        } else {
            state = DeviceStateFile.read(stateFile);
            String owner = state.get("board");
            if (owner == null || !owner.equalsIgnoreCase(board.id())) {
                throw new IOException("device folder " + folder + " belongs to board " + owner + ", not " + board.id());
            }
        }
        Map<String, ImageStore> stores = new LinkedHashMap<>();
        try {
            for (Medium m : board.media()) {
                Path img = folder.resolve(m.id() + ".img");
                if (Files.exists(img)) {
                    stores.put(m.id(), FileImageStore.open(img, m.size()));
                } else {
                    ImageStore s = FileImageStore.create(img, m.size(), m.blankValue());
                    stores.put(m.id(), s);
                    initialise(board, m, s);
                }
            }
        } catch (IOException | RuntimeException e) {
            stores.values().forEach(ImageStore::close);
            throw e;
        }
        Path root = null;
        if (hasHostRoot(board)) {
            root = Files.createDirectories(folder.resolve(ROOT));
        }
        if (created) {
            DeviceStateFile.write(stateFile, state);
        }
        return new Device(board, folder, root, false, stores, state);
    }

    /** An in-memory device ({@code --fresh}); its temporary {@code root/} is deleted on close. */
    public static Device fresh(Board board) throws IOException {
        Map<String, ImageStore> stores = new LinkedHashMap<>();
        for (Medium m : board.media()) {
            ImageStore s = new MemoryImageStore(m.size(), m.blankValue());
            stores.put(m.id(), s);
            initialise(board, m, s);
        }
        Path root = hasHostRoot(board) ? Files.createTempDirectory("mpy-jvm-root-") : null;
        Map<String, String> state = new LinkedHashMap<>();
        state.put("board", board.id());
        state.put("format", FORMAT);
        return new Device(board, null, root, true, stores, state);
    }

    private static boolean hasHostRoot(Board board) {
        return board.mounts().stream().anyMatch(m -> m.source().equals("host"));
    }

    /** Fresh-device content beyond the blank value: firmware pattern and the empty ROMFS image. */
    private static void initialise(Board board, Medium m, ImageStore store) {
        for (Region r : board.regions()) {
            if (r.medium().equals(m.id()) && (r.use().equals("firmware") || r.use().equals("bootloader"))) {
                byte[] pattern = new byte[(int) Math.min(r.size(), 1 << 16)];
                new Random((board.id() + "/" + r.label()).hashCode()).nextBytes(pattern);
                for (long at = 0; at < r.size(); at += pattern.length) {
                    store.write(r.offset() + at, pattern, 0, (int) Math.min(pattern.length, r.size() - at));
                }
            }
        }
        List<RomSegment> segments = Ports.find(board.port()).map(p -> p.romSegments(board)).orElse(board.romSegments());
        for (RomSegment seg : segments) {
            if (seg.medium().equals(m.id()) && seg.fresh().equals("romfs-empty")) {
                byte[] empty = {RomfsImage.HEADER[0], RomfsImage.HEADER[1], RomfsImage.HEADER[2], 0};
                store.write(seg.offset(), empty, 0, empty.length);
            }
        }
    }

    public Board board() {
        return board;
    }

    /** The device folder, or null for an in-memory device. */
    public Path folder() {
        return folder;
    }

    /** The host tree mounted at {@code /} (unix, webassembly), or null when the board has none. */
    public Path root() {
        return root;
    }

    public boolean inMemory() {
        return temporary;
    }

    /** The raw image of a medium. */
    public ImageStore store(String mediumId) {
        ImageStore s = stores.get(mediumId);
        if (s == null) {
            throw new IllegalArgumentException(board.id() + " has no medium '" + mediumId + "'");
        }
        return s;
    }

    /** Every medium as a {@link PlainMedium} (no NOR physics); the wiring may substitute NorFlash for NOR media. */
    public MediaSource plainMedia() {
        Map<String, PlainMedium> media = new LinkedHashMap<>();
        for (Medium m : board.media()) {
            media.put(m.id(), new PlainMedium(store(m.id()), m));
        }
        return media::get;
    }

    /** Options kept in {@code board.json} (besides {@code board} and {@code format}). */
    public Map<String, String> state() {
        return Map.copyOf(state);
    }

    /** Sets an option and, for a folder device, rewrites {@code board.json}. */
    public void setState(String key, String value) throws IOException {
        state.put(key, value);
        if (folder != null) {
            DeviceStateFile.write(folder.resolve(STATE_FILE), state);
        }
    }

    public void flush() {
        stores.values().forEach(ImageStore::flush);
    }

    @Override
    public void close() {
        stores.values().forEach(ImageStore::close);
        if (temporary && root != null) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
