package org.mpyjvm.ports.board;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mpyjvm.ports.esp32.Partition;
import org.mpyjvm.ports.esp32.PartitionTable;

/**
 * Reads the board file format (one or more boards per file; the same format for built-in resources and
 * {@code --board-file}). Line-oriented, no dependency:
 *
 * <pre>
 * # comment
 * [board zephyr:reel_board]                  starts a board
 * name = zephyr-reel_board                   scalar: name mcu machine platform implementation version build
 * modules = zephyr machine                   cwd default partitions partitions.medium; anything else is kept
 * sys.path = '', '/rom', '/rom/lib'          as a property (e.g. spark.face)
 * medium flash kind=nor size=1M erase=4K program=4 page=256 mapped=0x0 part="..." jedec="9d 70 17"
 *                                            (sectors=16Kx4,64K,128Kx3 instead of erase= for mixed units)
 * area 4 storage medium=flash offset=0xF8000 size=32K [readonly]     (id "-" = none)
 * region firmware use=firmware medium=flash offset=0 size=0x73000 [api=rp2.Flash() block=4096]
 * rom 0 medium=flash offset=0x73000 size=0x67000 address=0x73000 erase=4K style=M prepare=4 granularity=4096
 *       complete=0 [block=4096 type=Flash] repr="<memoryview>" [fresh=romfs-empty]
 * sd 1 medium=sd0 api="zephyr.DiskAccess('SDHC')"
 * mount /flash source=storage fs=auto mkfs=never [progsize=256 label=... when="..."]
 * i2c "i2c0" scl=P0.27 sda=P0.26 [default] [pins-required]
 * i2cdev "i2c0" 0x1D MMA8652FC
 * pin NEOPIXEL GPIO27
 * </pre>
 * Numbers take {@code 0x}, and K/M/G suffixes. An ESP32 board names its partition CSV with
 * {@code partitions = FILE}; its rows become areas (ids in table order) on {@code partitions.medium}.
 */
public final class BoardFileParser {
    private final Function<String, String> includes;

    /** {@code includes} returns the text of a file a board file refers to (a partition CSV). */
    public BoardFileParser(Function<String, String> includes) {
        this.includes = includes;
    }

    public List<Board> parse(String text, String source) {
        List<Board> boards = new ArrayList<>();
        Draft draft = null;
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String where = source + ":" + (n + 1);
            String line = stripComment(lines[n]).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[")) {
                if (draft != null) {
                    boards.add(draft.finish());
                }
                draft = new Draft(header(line, where), where);
                continue;
            }
            if (draft == null) {
                throw new BoardFileException(where + ": expected [board PORT:BOARD] first");
            }
            int eq = line.indexOf('=');
            int space = indexOfWhitespace(line);
            if (eq > 0 && (space < 0 || line.substring(space, eq).isBlank())) {
                draft.scalar(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), where);
            } else {
                draft.record(new BoardLine(line, where));
            }
        }
        if (draft != null) {
            boards.add(draft.finish());
        }
        return boards;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String[] header(String line, String where) {
        if (!line.endsWith("]") || !line.startsWith("[board ")) {
            throw new BoardFileException(where + ": expected [board PORT:BOARD]");
        }
        String id = line.substring(7, line.length() - 1).strip();
        int colon = id.indexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            throw new BoardFileException(where + ": board id must be PORT:BOARD");
        }
        return new String[] {id.substring(0, colon), id.substring(colon + 1)};
    }

    /** Python-literal style list: {@code '', '/rom', '/rom/lib'}. */
    static List<String> quotedList(String value, String where) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.length() < 2 || p.charAt(0) != '\'' || p.charAt(p.length() - 1) != '\'') {
                throw new BoardFileException(where + ": expected quoted strings, got " + p);
            }
            out.add(p.substring(1, p.length() - 1));
        }
        return out;
    }

    private final class Draft {
        final String port;
        final String board;
        final String where;
        final Map<String, String> scalars = new LinkedHashMap<>();
        final List<Medium> media = new ArrayList<>();
        final List<FlashArea> areas = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        final List<RomSegment> roms = new ArrayList<>();
        final List<SdSlot> sds = new ArrayList<>();
        final List<Mount> mounts = new ArrayList<>();
        final List<I2cBus> buses = new ArrayList<>();
        final List<I2cPeripheral> devices = new ArrayList<>();
        final List<Pin> pins = new ArrayList<>();
        List<String> sysPath = List.of();

        Draft(String[] id, String where) {
            this.port = id[0];
            this.board = id[1];
            this.where = where;
        }

        void scalar(String key, String value, String at) {
            if (key.equals("sys.path")) {
                sysPath = quotedList(value, at);
            } else if (key.equals("partitions")) {
                scalars.put(key, value);
                String csv = includes.apply(value);
                if (csv == null) {
                    throw new BoardFileException(at + ": partition table '" + value + "' not found");
                }
                scalars.put("partitions.csv", csv);
            } else {
                scalars.put(key, value);
            }
        }

        void record(BoardLine l) {
            switch (l.keyword) {
                case "medium" -> media.add(medium(l));
                case "area" -> areas.add(new FlashArea(l.words.get(0).equals("-") ? -1 : (int) word(l, 0),
                        l.words.get(1), l.text("medium"), l.number("offset"), l.number("size"), l.flag("readonly"),
                        -1, -1));
                case "region" -> regions.add(new Region(l.text("use"), l.words.get(0), l.text("medium"),
                        l.number("offset"), l.number("size"), l.text("api", null), (int) l.number("block", 0)));
                case "rom" -> roms.add(rom(l));
                case "sd" -> sds.add(new SdSlot((int) word(l, 0), l.text("medium"), l.text("api")));
                case "mount" -> {
                    Map<String, String> opts = new LinkedHashMap<>(l.attrs);
                    opts.keySet().removeAll(List.of("source", "fs", "mkfs"));
                    mounts.add(new Mount(l.words.get(0), l.text("source"), l.text("fs"), l.text("mkfs", "never"),
                            Map.copyOf(opts)));
                }
                case "i2c" -> buses.add(new I2cBus(l.words.get(0), l.text("scl", null), l.text("sda", null),
                        l.flag("default"), l.flag("pins-required")));
                case "i2cdev" -> devices.add(new I2cPeripheral(l.words.get(0), (int) word(l, 1), l.words.get(2)));
                case "pin" -> pins.add(new Pin(l.words.get(0), l.words.get(1)));
                default -> throw l.error("unknown record '" + l.keyword + "'");
            }
        }

        private long word(BoardLine l, int i) {
            if (l.words.size() <= i) {
                throw l.error("missing value " + (i + 1));
            }
            return BoardLine.parseNumber(l.words.get(i), l.where());
        }

        private Medium medium(BoardLine l) {
            long size = l.number("size");
            List<EraseRun> sectors;
            if (l.attrs.containsKey("sectors")) {
                sectors = new ArrayList<>();
                for (String run : l.text("sectors").split(",")) {
                    String[] p = run.split("x");
                    sectors.add(new EraseRun(BoardLine.parseNumber(p[0], l.where()),
                            p.length > 1 ? Integer.parseInt(p[1]) : 1));
                }
            } else if (l.attrs.containsKey("erase")) {
                long unit = l.number("erase");
                if (unit <= 0 || size % unit != 0) {
                    throw l.error("size is not a multiple of the erase unit");
                }
                sectors = List.of(new EraseRun(unit, Math.toIntExact(size / unit)));
            } else {
                sectors = List.of();
            }
            if (sectors.stream().mapToLong(EraseRun::bytes).sum() != (sectors.isEmpty() ? 0 : size)) {
                throw l.error("sectors do not add up to the size");
            }
            return new Medium(l.words.get(0), l.text("kind"), l.text("part", ""), size, List.copyOf(sectors),
                    (int) l.number("program", 1), (int) l.number("page", 0), l.number("mapped", -1),
                    l.text("jedec", null));
        }

        private RomSegment rom(BoardLine l) {
            String style = l.text("style");
            if (!style.equals("M") && !style.equals("O")) {
                throw l.error("style must be M or O");
            }
            return new RomSegment((int) word(l, 0), l.text("medium"), l.number("offset"), l.number("size"),
                    l.number("address", -1), l.number("erase", 0), style.charAt(0),
                    (int) l.number("prepare", -22), (int) l.number("granularity", -22),
                    (int) l.number("complete", -22), (int) l.number("block", 0), l.text("type", null),
                    l.text("repr", "<memoryview>"), l.text("fresh", "blank"));
        }

        Board finish() {
            String csv = scalars.remove("partitions.csv");
            if (csv != null) {
                String medium = scalars.getOrDefault("partitions.medium", "flash");
                int id = 0;
                for (Partition p : PartitionTable.parse(csv).partitions()) {
                    areas.add(new FlashArea(id++, p.name(), medium, p.offset(), p.size(), false, p.type(),
                            p.subtype()));
                }
            }
            String name = need("name");
            String mcu = need("mcu");
            String impl = scalars.getOrDefault("implementation", "micropython");
            Map<String, String> props = new LinkedHashMap<>(scalars);
            for (String k : List.of("name", "mcu", "machine", "platform", "implementation", "version", "build",
                    "modules")) {
                props.remove(k);
            }
            return new Board(port, board, name, mcu, scalars.getOrDefault("machine", name + " with " + mcu),
                    need("platform"), impl, scalars.getOrDefault("version", impl.equals("micropython") ? "1.29.0" : ""),
                    scalars.get("build"), words(scalars.getOrDefault("modules", "")), List.copyOf(sysPath),
                    List.copyOf(media), List.copyOf(areas), List.copyOf(regions), List.copyOf(roms),
                    List.copyOf(sds), List.copyOf(mounts), List.copyOf(buses), List.copyOf(devices),
                    List.copyOf(pins), Map.copyOf(props));
        }

        private String need(String key) {
            String v = scalars.get(key);
            if (v == null) {
                throw new BoardFileException(where + ": board " + port + ":" + board + " has no '" + key + "'");
            }
            return v;
        }

        private List<String> words(String s) {
            return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("[\\s,]+"));
        }
    }
}
