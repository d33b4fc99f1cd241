package org.mpyjvm.stdlib.session;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.BoardRegistry;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.device.Device;
import org.mpyjvm.ports.device.PlainMedium;
import org.mpyjvm.ports.memory.MediaSource;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.port.Port;
import org.mpyjvm.ports.port.Ports;
import org.mpyjvm.ports.port.RomIoctl;
import org.mpyjvm.runtime.blockdev.NorProgramMode;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.vfs.Vfs;
import org.mpyjvm.stdlib.vfs.FilesystemTypes;

/**
 * One interpreter run's board: the {@link Board} and its {@link Port}, the {@link Device} with its media (NOR chips
 * with the runtime's flash physics, SD cards and MRAM as plain media), the mount table, the clock and the Python
 * types that wrap them. Built once per context by {@link SessionStartup}; every stdlib module reaches it with
 * {@link #current()}.
 */
public final class Session implements java.io.Closeable {
    private static final Map<MpyContext, Session> SESSIONS = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());
    private static BoardRegistry builtInBoards;

    private final SessionConfig config;
    private final Board board;
    private final Port port;
    private final Device device;
    private final Map<String, MemoryRegion> media = new LinkedHashMap<>();
    private final Vfs vfs;
    private final RomIoctl romIoctl;
    private final LongSupplier clockNanos;
    private final PrintStream err;
    private final Map<Filesystem, Object> pythonFaces = new IdentityHashMap<>();
    private final Map<String, Object> singletons = new LinkedHashMap<>();
    private FilesystemTypes fsTypes;
    private final java.util.List<Runnable> beforeClose = new java.util.ArrayList<>();

    Session(SessionConfig config, PrintStream err, LongSupplier clockNanos) throws IOException {
        this.config = config;
        this.err = err;
        BoardRegistry registry = registry(config.boardFile());
        this.board = config.board() == null ? registry.fallbackBoard() : registry.lookup(config.board());
        this.port = Ports.find(board.port()).orElse(null);
        this.device = config.fresh() ? Device.fresh(board)
                : Device.open(board, config.device() != null ? Path.of(config.device()) : Device.defaultFolder(board));
        NorProgramMode mode = config.norAnd() ? NorProgramMode.AND : NorProgramMode.STRICT;
        for (Medium m : board.media()) {
            MemoryRegion region = m.kind().equals(Medium.NOR) && m.erasable()
                    ? new NorMedium(device.store(m.id()), m, mode, v -> note(v.describe()))
                    : new PlainMedium(device.store(m.id()), m);
            media.put(m.id(), region);
        }
        restoreWear();
        this.vfs = new Vfs(pathMax(board.port()));
        this.romIoctl = port == null ? null : port.romIoctl(board, mediaSource()).orElse(null);
        this.clockNanos = clockNanos;
    }

    /** Erase counts of earlier runs ({@code <medium>.wear}), so wear accumulates on a persisted device. */
    private void restoreWear() throws IOException {
        if (device.folder() == null) {
            return;
        }
        for (var e : media.entrySet()) {
            if (e.getValue() instanceof NorMedium nor) {
                long[] saved = WearFile.read(WearFile.of(device.folder(), e.getKey()), nor.flash().sectorCount());
                if (saved != null) {
                    nor.flash().restoreEraseCounts(saved);
                }
            }
        }
    }

    private void saveWear() {
        if (device.folder() == null) {
            return;
        }
        for (var e : media.entrySet()) {
            if (e.getValue() instanceof NorMedium nor) {
                try {
                    WearFile.write(WearFile.of(device.folder(), e.getKey()), nor.flash().eraseCounts());
                } catch (IOException ex) {
                    note("mpy: cannot save the erase counts of " + e.getKey() + ": " + ex.getMessage());
                }
            }
        }
    }

    /**
     * Every NOR medium's per-sector erase counts (this run's plus the saved ones), with the sector size: medium id to
     * {@code counts}; media without NOR physics are absent.
     */
    public Map<String, long[]> eraseCounts() {
        Map<String, long[]> out = new LinkedHashMap<>();
        media.forEach((id, region) -> {
            if (region instanceof NorMedium nor) {
                out.put(id, nor.flash().eraseCounts());
            }
        });
        return out;
    }

    /** The erase-sector size NOR medium {@code id} is counted in, or 0 when it has no NOR physics. */
    public int eraseSectorSize(String id) {
        return media.get(id) instanceof NorMedium nor ? nor.flash().sectorSize() : 0;
    }

    private static synchronized BoardRegistry registry(String boardFile) throws IOException {
        if (boardFile != null) {
            BoardRegistry r = BoardRegistry.builtIn();
            r.addFile(Path.of(boardFile));
            return r;
        }
        if (builtInBoards == null) {
            builtInBoards = BoardRegistry.builtIn();
        }
        return builtInBoards;
    }

    /** {@code MICROPY_ALLOC_PATH_MAX}, the virtual root's {@code f_namemax} (vfs.md 3.1). */
    private static long pathMax(String port) {
        return switch (port) {
            case "esp32", "esp8266", "alif" -> 128;
            case "mimxrt" -> 256;
            case "unix" -> 4096;
            default -> 512;
        };
    }

    static void register(MpyContext context, Session session) {
        SESSIONS.put(context, session);
    }

    static void unregister(MpyContext context) {
        SESSIONS.remove(context);
    }

    /** The session of the running context. */
    public static Session current() {
        Session s = SESSIONS.get(MpyContext.get(null));
        if (s == null) {
            throw new IllegalStateException("no board session in this context");
        }
        return s;
    }

    public SessionConfig config() {
        return config;
    }

    public Board board() {
        return board;
    }

    /** The port class, or null for a user board file naming a port of its own. */
    public Port port() {
        return port;
    }

    public Device device() {
        return device;
    }

    public MediaSource mediaSource() {
        return media::get;
    }

    public MemoryRegion medium(String id) {
        return media.get(id);
    }

    public Vfs vfs() {
        return vfs;
    }

    public Optional<RomIoctl> romIoctl() {
        return Optional.ofNullable(romIoctl);
    }

    /** The simulated RTC in nanoseconds since 1970 (fixed when {@code --clock} was given, so images repeat). */
    public LongSupplier clockNanos() {
        return clockNanos;
    }

    /** {@code MICROPY_EPOCH_IS_1970} (os.md 1.2): 1970 on rp2, mimxrt, alif, unix, webassembly; else 2000. */
    public boolean epochIs1970() {
        return Set.of("rp2", "mimxrt", "alif", "unix", "webassembly").contains(board.port());
    }

    /** FatFs's {@code get_fattime()}: the board RTC; zephyr builds have none (always 2018-01-01 00:00:00). */
    public org.mpyjvm.runtime.fat.FatClock fatClock() {
        if (board.port().equals("zephyr")) {
            return org.mpyjvm.runtime.fat.FatClock.noRtc();
        }
        if (config.clockEpochSeconds() == null) {
            return org.mpyjvm.runtime.fat.FatClock.system();
        }
        return org.mpyjvm.runtime.fat.FatClock.ofEpochSeconds(() -> clockNanos.getAsLong() / 1_000_000_000L);
    }

    /** littlefs options with this board's clock and epoch. */
    public org.mpyjvm.runtime.littlefs.LittleFsFilesystem.Options lfsOptions(int readSize, int progSize,
                                                                         int lookahead, boolean mtime) {
        return org.mpyjvm.runtime.littlefs.LittleFsFilesystem.Options.defaults()
                .withSizes(readSize, progSize, lookahead).withMtime(mtime)
                .withClock(clockNanos, epochIs1970() ? 0 : org.mpyjvm.runtime.littlefs.LittleFsFilesystem.EPOCH_2000_OFFSET);
    }

    public boolean hasModule(String name) {
        return board.modules().contains(name);
    }

    /** The Python object that stands for a mounted Java filesystem ({@code vfs.mount()} lists it). */
    public Object pythonFace(Filesystem fs) {
        return pythonFaces.get(fs);
    }

    public void setPythonFace(Filesystem fs, Object face) {
        pythonFaces.put(fs, face);
    }

    /** Objects created once per run ({@code mimxrt.Flash()} is a singleton). */
    public Object singleton(String key, java.util.function.Supplier<Object> make) {
        // Not computeIfAbsent: making one singleton may need another (a segment object needs its class).
        Object o = singletons.get(key);
        if (o == null) {
            o = make.get();
            singletons.put(key, o);
        }
        return o;
    }

    public synchronized FilesystemTypes fsTypes() {
        if (fsTypes == null) {
            fsTypes = new FilesystemTypes(this);
        }
        return fsTypes;
    }

    /** One mpy-jvm line on stderr (diagnostics, hints); nothing with {@code --quiet}. */
    public void note(String line) {
        if (!config.quiet()) {
            err.println(line);
            err.flush();
        }
    }

    public boolean hintsEnabled() {
        return config.hints();
    }

    static PrintStream stderrOf(MpyContext context) {
        return new PrintStream(context.getEnv().err(), true, StandardCharsets.UTF_8);
    }

    /** Work that must reach the media before the device closes (CircuitPython writes boot_out.txt). */
    public void beforeClose(Runnable action) {
        beforeClose.add(action);
    }

    @Override
    public void close() {
        try {
            beforeClose.forEach(Runnable::run);
            for (var e : vfs.mounts()) {
                try {
                    if (!(e.fs() instanceof org.mpyjvm.stdlib.vfs.PythonFilesystem)) {
                        e.fs().sync();
                    }
                } catch (Exception ignored) {
                    // flushing at exit is best effort, as a board losing power would not even try
                }
            }
        } finally {
            saveWear();
            device.flush();
            device.close();
        }
    }
}
