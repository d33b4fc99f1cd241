package org.mpyjvm.ports.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.ports.check.Finding.Severity;
import org.mpyjvm.ports.esp32.Partition;
import org.mpyjvm.ports.esp32.PartitionTable;

/**
 * {@code mpy boards check}: reads a seed-style ROMFS board configuration before anything is flashed (seed 004)
 * and reports problems with the offending lines. Sources are recognised by content: {@code #define} lines
 * ({@code mpconfigboard.h}), a linker script ({@code MEMORY} block and {@code _micropy_hw_romfs_part*}
 * symbols), an ESP-IDF partition CSV ({@code .csv}). Checked: overlapping regions and partitions, ROM ranges
 * not aligned to the erase unit, ROM sizes of zero or beyond the flash, enabled partitions without their
 * start/size symbols, a QSPI ROM without its SPI-flash object. Against a board ({@code --board}), ROM ranges
 * are also checked against its flash map (firmware it would overwrite, media it does not have).
 * Errors make a configuration fail; warnings (partial snippets, assumed sizes) do not.
 */
public final class BoardProfileCheck {
    /** One input file. */
    public record Source(String name, String text) {
    }

    private record Define(String name, String value, int line, String text) {
    }

    private record MemRegion(String name, Long origin, Long length, int line, String text) {
    }

    private static final long DEFAULT_ERASE = 4096;
    private static final long ESP32_DEFAULT_FLASH = 4L << 20;
    private static final Pattern DEFINE = Pattern.compile("^\\s*#\\s*define\\s+(\\w+)(?:\\s+(.*))?$");
    private static final Pattern MEMORY_LINE = Pattern.compile(
            "^\\s*(\\w+)\\s*(?:\\([^)]*\\))?\\s*:\\s*(?:ORIGIN|org|o)\\s*=\\s*([^,]+?)\\s*,\\s*(?:LENGTH|len|l)\\s*=\\s*(.+?)\\s*$");
    private static final Pattern ASSIGN = Pattern.compile("^\\s*(\\w+)\\s*=\\s*(.+?)\\s*;\\s*$");
    private static final Pattern ROMFS_SYMBOL = Pattern.compile("_micropy_hw_romfs_part(\\d)_(start|size)");

    private final Board board;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Define> defines = new LinkedHashMap<>();
    private final Map<String, MemRegion> regions = new LinkedHashMap<>();
    private final Map<String, Define> symbols = new LinkedHashMap<>();
    private final Map<String, String> symbolFile = new LinkedHashMap<>();
    private String headerFile;
    private boolean sawLinker;

    /** {@code board} may be null: then only the files' own consistency is checked. */
    public BoardProfileCheck(Board board) {
        this.board = board;
    }

    public List<Finding> check(List<Source> sources) {
        for (Source s : sources) {
            if (s.name().toLowerCase().endsWith(".csv")) {
                checkCsv(s);
                continue;
            }
            if (s.text().contains("#define")) {
                readDefines(s);
            }
            if (s.text().contains("MEMORY") || ROMFS_SYMBOL.matcher(s.text()).find()) {
                readLinker(s);
            }
        }
        checkLinker();
        checkDefines();
        return List.copyOf(findings);
    }

    /** True when no finding is an error. */
    public static boolean clean(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    // ---- mpconfigboard.h ------------------------------------------------------------------------------

    private void readDefines(Source s) {
        headerFile = s.name();
        String[] lines = s.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = DEFINE.matcher(stripComments(lines[i]));
            if (m.matches()) {
                String value = m.group(2) == null ? "1" : m.group(2).strip();
                defines.put(m.group(1), new Define(m.group(1), value, i + 1, lines[i]));
            }
        }
    }

    private Long define(String name, Set<String> seen) {
        Define d = defines.get(name);
        if (d == null || !seen.add(name)) {
            return null;
        }
        return ConfigExpression.evaluate(d.value(), n -> define(n, seen));
    }

    private Long define(String name) {
        return define(name, new HashSet<>());
    }

    private boolean enabled(String name) {
        Long v = define(name);
        return v != null && v != 0;
    }

    private void checkDefines() {
        if (headerFile == null) {
            return;
        }
        if (enabled("MICROPY_HW_ROMFS_ENABLE_PART1") && !enabled("MICROPY_HW_ROMFS_ENABLE_PART0")) {
            warn(headerFile, defines.get("MICROPY_HW_ROMFS_ENABLE_PART1"),
                    "partition 1 is enabled without partition 0; rom_ioctl numbers segments from the enabled ones");
        }
        for (int n = 0; n < 2; n++) {
            String enable = "MICROPY_HW_ROMFS_ENABLE_PART" + n;
            if (!enabled(enable)) {
                continue;
            }
            boolean fromDefines = defines.containsKey("MICROPY_HW_ROMFS_PART" + n + "_START")
                    && defines.containsKey("MICROPY_HW_ROMFS_PART" + n + "_SIZE");
            boolean fromLinker = symbols.containsKey("_micropy_hw_romfs_part" + n + "_start")
                    && symbols.containsKey("_micropy_hw_romfs_part" + n + "_size");
            if (fromDefines) {
                Long start = define("MICROPY_HW_ROMFS_PART" + n + "_START");
                Long size = define("MICROPY_HW_ROMFS_PART" + n + "_SIZE");
                checkRomRange("ROMFS part" + n, start, size, headerFile,
                        defines.get("MICROPY_HW_ROMFS_PART" + n + "_START").line(),
                        defines.get("MICROPY_HW_ROMFS_PART" + n + "_START").text());
            } else if (!fromLinker) {
                String msg = enable + " is set but neither MICROPY_HW_ROMFS_PART" + n + "_START/_SIZE nor the linker"
                        + " symbols _micropy_hw_romfs_part" + n + "_start/_size are defined";
                add(sawLinker ? Severity.ERROR : Severity.WARNING, headerFile, defines.get(enable),
                        sawLinker ? msg : msg + " in the files given (no linker script to check)");
            }
        }
        if (enabled("MICROPY_HW_ROMFS_ENABLE_EXTERNAL_QSPI") && !defines.containsKey("MICROPY_HW_ROMFS_QSPI_SPIFLASH_OBJ")) {
            error(headerFile, defines.get("MICROPY_HW_ROMFS_ENABLE_EXTERNAL_QSPI"),
                    "external QSPI ROMFS needs MICROPY_HW_ROMFS_QSPI_SPIFLASH_OBJ (the SPI-flash object that erases it)");
        }
        Define bytes = defines.get("MICROPY_HW_ROMFS_BYTES");
        if (bytes != null) {
            Long v = define(bytes.name());
            if (v == null) {
                warn(headerFile, bytes, "cannot evaluate MICROPY_HW_ROMFS_BYTES");
            } else if (v < 0 || v % DEFAULT_ERASE != 0) {
                error(headerFile, bytes, "MICROPY_HW_ROMFS_BYTES = " + v
                        + " is not a whole number of 4096-byte flash sectors");
            } else if (board != null) {
                checkRomBytesAgainstBoard(v, bytes);
            }
        }
    }

    /** rp2-style: the ROM sits directly below the filesystem, so it must fit in the board's firmware area. */
    private void checkRomBytesAgainstBoard(long bytes, Define d) {
        Optional<Region> storage = board.regions().stream().filter(r -> r.use().equals("storage")).findFirst();
        Optional<Region> firmware = board.regions().stream().filter(r -> r.use().equals("firmware")).findFirst();
        if (storage.isPresent() && firmware.isPresent() && storage.get().medium().equals(firmware.get().medium())
                && bytes > storage.get().offset() - firmware.get().offset()) {
            error(headerFile, d, "MICROPY_HW_ROMFS_BYTES = " + bytes + " does not fit between the firmware start and "
                    + "the filesystem at 0x" + Long.toHexString(storage.get().offset()) + " on " + board.id());
        }
    }

    // ---- linker script --------------------------------------------------------------------------------

    private void readLinker(Source s) {
        sawLinker = true;
        String[] lines = s.text().split("\r?\n", -1);
        boolean inMemory = false;
        for (int i = 0; i < lines.length; i++) {
            String line = stripComments(lines[i]);
            if (!inMemory && line.strip().startsWith("MEMORY")) {
                inMemory = true;
                continue;
            }
            if (inMemory) {
                // Not linker syntax, but the seed annotates MEMORY lines with "# ..." remarks.
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (line.contains("}")) {
                    inMemory = false;
                    continue;
                }
                Matcher m = MEMORY_LINE.matcher(line);
                if (m.matches()) {
                    Long origin = ConfigExpression.evaluate(m.group(2), n -> null);
                    Long length = ConfigExpression.evaluate(m.group(3), n -> null);
                    MemRegion r = new MemRegion(m.group(1), origin, length, i + 1, lines[i]);
                    if (origin == null || length == null) {
                        findings.add(new Finding(Severity.WARNING, s.name(), i + 1,
                                "cannot evaluate region " + r.name(), lines[i]));
                    }
                    regions.put(r.name(), r);
                }
                continue;
            }
            Matcher a = ASSIGN.matcher(line);
            if (a.matches()) {
                symbols.put(a.group(1), new Define(a.group(1), a.group(2), i + 1, lines[i]));
                symbolFile.put(a.group(1), s.name());
            }
        }
    }

    private Long symbol(String name) {
        if (name.startsWith("ORIGIN(") || name.startsWith("LENGTH(")) {
            MemRegion r = regions.get(name.substring(7, name.length() - 1));
            return r == null ? null : name.startsWith("O") ? r.origin() : r.length();
        }
        Define d = symbols.get(name);
        return d == null ? null : ConfigExpression.evaluate(d.value(), n -> n.contains("(") ? symbol(n) : null);
    }

    private void checkLinker() {
        List<MemRegion> list = new ArrayList<>(regions.values());
        for (int i = 0; i < list.size(); i++) {
            for (int j = 0; j < i; j++) {
                MemRegion a = list.get(j);
                MemRegion b = list.get(i);
                if (known(a) && known(b) && a.length() > 0 && b.length() > 0 && a.origin() < b.origin() + b.length()
                        && b.origin() < a.origin() + a.length()) {
                    findings.add(new Finding(Severity.ERROR, fileOfRegions(), b.line(), "region " + b.name()
                            + " overlaps " + a.name() + " (line " + a.line() + ")", b.text()));
                }
            }
        }
        for (int n = 0; n < 2; n++) {
            Define start = symbols.get("_micropy_hw_romfs_part" + n + "_start");
            Define size = symbols.get("_micropy_hw_romfs_part" + n + "_size");
            if (start == null && size == null) {
                continue;
            }
            Define present = start != null ? start : size;
            String file = symbolFile.get(present.name());
            if (start == null || size == null) {
                error(file, present, "_micropy_hw_romfs_part" + n + "_" + (start == null ? "start" : "size")
                        + " is missing (both start and size are needed)");
                continue;
            }
            Matcher ref = Pattern.compile("(?:ORIGIN|LENGTH)\\((\\w+)\\)").matcher(start.value() + " " + size.value());
            boolean undefined = false;
            while (ref.find()) {
                if (!regions.containsKey(ref.group(1))) {
                    warn(file, start, "region " + ref.group(1) + " is not defined in the MEMORY block given");
                    undefined = true;
                    break;
                }
            }
            if (!undefined) {
                checkRomRange("ROMFS part" + n, symbol(start.name()), symbol(size.name()), file, start.line(),
                        start.text());
            }
        }
    }

    private String fileOfRegions() {
        return symbolFile.values().stream().findFirst().orElse("linker script");
    }

    private static boolean known(MemRegion r) {
        return r.origin() != null && r.length() != null;
    }

    /** A ROM partition given by CPU address: size, erase alignment, and (with a board) its flash map. */
    private void checkRomRange(String what, Long start, Long size, String file, int line, String text) {
        if (start == null || size == null) {
            findings.add(new Finding(Severity.WARNING, file, line, "cannot evaluate the " + what + " range", text));
            return;
        }
        if (size <= 0) {
            findings.add(new Finding(Severity.ERROR, file, line, what + " has size " + size, text));
            return;
        }
        long erase = DEFAULT_ERASE;
        String range = what + " 0x" + Long.toHexString(start) + "..0x" + Long.toHexString(start + size - 1);
        if (board != null) {
            Optional<Medium> medium = board.media().stream()
                    .filter(m -> m.mapped() && start >= m.mappedAt() && start < m.mappedAt() + m.size()).findFirst();
            if (medium.isEmpty()) {
                findings.add(new Finding(Severity.ERROR, file, line, range + " is not inside any memory-mapped flash of "
                        + board.id(), text));
                return;
            }
            Medium m = medium.get();
            long off = start - m.mappedAt();
            if (off + size > m.size()) {
                findings.add(new Finding(Severity.ERROR, file, line, range + " runs past the end of " + m.id() + " ("
                        + m.size() + " bytes) on " + board.id(), text));
                return;
            }
            for (Region r : board.protectedRegionsTouched(m.id(), off, size)) {
                findings.add(new Finding(Severity.ERROR, file, line, range + " overlaps the " + r.use() + " region '"
                        + r.label() + "' of " + board.id() + " (0x" + Long.toHexString(m.mappedAt() + r.offset())
                        + "..0x" + Long.toHexString(m.mappedAt() + r.end() - 1) + ")", text));
            }
            if (m.erasable()) {
                if (!m.isEraseBoundary(off) || !m.isEraseBoundary(off + size)) {
                    findings.add(new Finding(Severity.ERROR, file, line, range + " is not aligned to the erase units of "
                            + m.id() + " (unit at start: " + m.eraseUnitAt(off)[1] + " bytes)", text));
                }
                return;
            }
            erase = 1;
        }
        if (start % erase != 0 || size % erase != 0) {
            findings.add(new Finding(Severity.ERROR, file, line, range + " is not aligned to " + erase
                    + "-byte erase sectors", text));
        }
    }

    // ---- ESP-IDF partition CSV ------------------------------------------------------------------------

    private void checkCsv(Source s) {
        String[] lines = s.text().split("\r?\n", -1);
        List<Integer> rowLines = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int hash = l.indexOf('#');
            if (!(hash >= 0 ? l.substring(0, hash) : l).isBlank()) {
                rowLines.add(i + 1);
            }
        }
        List<Partition> parts;
        try {
            parts = PartitionTable.parse(s.text()).partitions();
        } catch (IllegalArgumentException e) {
            findings.add(new Finding(Severity.ERROR, s.name(), 0, e.getMessage(), null));
            return;
        }
        long flashSize = ESP32_DEFAULT_FLASH;
        boolean assumed = true;
        if (board != null) {
            String mediumId = board.property("partitions.medium").orElse("flash");
            Optional<Medium> m = board.medium(mediumId);
            if (m.isPresent()) {
                flashSize = m.get().size();
                assumed = false;
            }
        }
        Set<String> names = new HashSet<>();
        boolean romfs = false;
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            int line = rowLines.get(i);
            String text = lines[line - 1];
            if (!names.add(p.name())) {
                findings.add(new Finding(Severity.ERROR, s.name(), line, "duplicate partition name " + p.name(), text));
            }
            long align = p.type() == Partition.TYPE_APP ? 0x10000 : 0x1000;
            if (p.offset() % align != 0) {
                findings.add(new Finding(Severity.ERROR, s.name(), line, p.name() + " at 0x" + Long.toHexString(p.offset())
                        + " is not aligned to 0x" + Long.toHexString(align), text));
            }
            if (p.size() <= 0) {
                findings.add(new Finding(Severity.ERROR, s.name(), line, p.name() + " has size " + p.size(), text));
            }
            if (p.offset() < 0x9000) {
                findings.add(new Finding(Severity.ERROR, s.name(), line, p.name()
                        + " overlaps the bootloader or the partition table (below 0x9000)", text));
            }
            if (p.offset() + p.size() > flashSize) {
                findings.add(new Finding(assumed ? Severity.WARNING : Severity.ERROR, s.name(), line, p.name()
                        + " ends at 0x" + Long.toHexString(p.offset() + p.size()) + ", past the "
                        + (flashSize >> 20) + " MiB flash" + (assumed ? " (size assumed; give --board)" : ""), text));
            }
            for (int j = 0; j < i; j++) {
                Partition q = parts.get(j);
                if (p.offset() < q.offset() + q.size() && q.offset() < p.offset() + p.size()) {
                    findings.add(new Finding(Severity.ERROR, s.name(), line, p.name() + " overlaps " + q.name()
                            + " (line " + rowLines.get(j) + ")", text));
                }
            }
            if (p.name().equals("romfs")) {
                romfs = true;
                if (p.type() != Partition.TYPE_DATA) {
                    findings.add(new Finding(Severity.ERROR, s.name(), line,
                            "the romfs partition must be of type data", text));
                }
            }
        }
        if (!romfs) {
            findings.add(new Finding(Severity.WARNING, s.name(), 0,
                    "no partition labelled 'romfs': vfs.rom_ioctl(1) will return 0", null));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static String stripComments(String line) {
        String l = line.replaceAll("/\\*.*?\\*/", " ");
        int c = l.indexOf("//");
        if (c >= 0) {
            l = l.substring(0, c);
        }
        int open = l.indexOf("/*");
        return open >= 0 ? l.substring(0, open) : l;
    }

    private void error(String file, Define d, String message) {
        add(Severity.ERROR, file, d, message);
    }

    private void warn(String file, Define d, String message) {
        add(Severity.WARNING, file, d, message);
    }

    private void add(Severity severity, String file, Define d, String message) {
        findings.add(new Finding(severity, file, d == null ? 0 : d.line(), message, d == null ? null : d.text()));
    }
}
