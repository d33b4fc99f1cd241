package org.mpyjvm.ports.esp32;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An ESP-IDF partition table CSV ({@code # Name, Type, SubType, Offset, Size, Flags}), read as
 * {@code gen_esp32part.py} reads it: '#' comments, blank lines, symbolic or numeric types and subtypes, sizes
 * with K/M suffixes, and an empty offset placed after the previous row (apps aligned to 64 KiB, data to 4 KiB;
 * the first free byte follows the table at 0x8000).
 */
public final class PartitionTable {
    private static final long TABLE_END = 0x9000;
    private static final Map<String, Integer> TYPES = Map.of("app", 0, "data", 1);
    private static final Map<String, Integer> APP_SUBTYPES = Map.of("factory", 0x00, "test", 0x20);
    private static final Map<String, Integer> DATA_SUBTYPES = Map.ofEntries(Map.entry("ota", 0x00),
            Map.entry("phy", 0x01), Map.entry("nvs", 0x02), Map.entry("coredump", 0x03),
            Map.entry("nvs_keys", 0x04), Map.entry("efuse", 0x05), Map.entry("undefined", 0x06),
            Map.entry("esphttpd", 0x80), Map.entry("fat", 0x81), Map.entry("spiffs", 0x82),
            Map.entry("littlefs", 0x83));

    private final List<Partition> partitions;

    private PartitionTable(List<Partition> partitions) {
        this.partitions = List.copyOf(partitions);
    }

    public List<Partition> partitions() {
        return partitions;
    }

    public Optional<Partition> byLabel(String label) {
        return partitions.stream().filter(p -> p.name().equals(label)).findFirst();
    }

    /** Parses the CSV text; errors name the 1-based line. */
    public static PartitionTable parse(String csv) {
        List<Partition> out = new ArrayList<>();
        long next = TABLE_END;
        String[] lines = csv.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException("line " + (n + 1) + ": expected Name, Type, SubType, Offset, Size");
            }
            String name = f[0].trim();
            int type = symbol(f[1].trim(), TYPES, n);
            int subtype = symbol(f[2].trim(), type == 0 ? APP_SUBTYPES : DATA_SUBTYPES, n);
            if (type == 0 && f[2].trim().startsWith("ota_")) {
                subtype = 0x10 + (int) number(f[2].trim().substring(4), n);
            }
            long align = type == 0 ? 0x10000 : 0x1000;
            long offset = f[3].isBlank() ? (next + align - 1) / align * align : number(f[3].trim(), n);
            long size = number(f[4].trim(), n);
            String flags = f.length > 5 ? f[5].trim() : "";
            out.add(new Partition(name, type, subtype, offset, size, flags));
            next = offset + size;
        }
        return new PartitionTable(out);
    }

    private static int symbol(String s, Map<String, Integer> names, int line) {
        Integer known = names.get(s.toLowerCase());
        if (known != null) {
            return known;
        }
        if (s.startsWith("ota_")) {
            return 0;
        }
        return (int) number(s, line);
    }

    private static long number(String s, int line) {
        try {
            String t = s.toUpperCase();
            long scale = 1;
            if (t.endsWith("K")) {
                scale = 1024;
                t = t.substring(0, t.length() - 1);
            } else if (t.endsWith("M")) {
                scale = 1024 * 1024;
                t = t.substring(0, t.length() - 1);
            }
            long v = t.startsWith("0X") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
            return v * scale;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + (line + 1) + ": bad number '" + s + "'");
        }
    }
}
