package org.mpyjvm.ports.esp32;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's CSV, verbatim, including its trailing commas and comment. */
public class PartitionTableTest {
    public static final String SEED_CSV = """
            # Name, Type, SubType, Offset, Size, Flags
            nvs, data, nvs, 0x9000, 0x6000,
            phy_init, data, phy, 0xf000, 0x1000,
            factory, app, factory, 0x10000, 0x1D0000,
            romfs, data, 0x8f, 0x1E0000, 0x20000, # 128KB ROM partition
            vfs, data, fat, 0x200000, 0x200000,
            """;

    @Test
    void seedCsv() {
        List<Partition> p = PartitionTable.parse(SEED_CSV).partitions();
        assertEquals(List.of(
                new Partition("nvs", 1, 0x02, 0x9000, 0x6000, ""),
                new Partition("phy_init", 1, 0x01, 0xF000, 0x1000, ""),
                new Partition("factory", 0, 0x00, 0x10000, 0x1D0000, ""),
                new Partition("romfs", 1, 0x8f, 0x1E0000, 0x20000, ""),
                new Partition("vfs", 1, 0x81, 0x200000, 0x200000, "")), p);
    }

    @Test
    void automaticOffsetsAndSuffixes() {
        List<Partition> p = PartitionTable.parse("nvs,data,nvs,,24K\nphy_init,data,phy,,4K\nfactory,app,factory,,1M\n"
                + "ota_0,app,ota_0,,1M\n").partitions();
        assertEquals(0x9000, p.get(0).offset());
        assertEquals(0xF000, p.get(1).offset());
        assertEquals(0x10000, p.get(2).offset());
        assertEquals(0x110000, p.get(3).offset());
        assertEquals(0x10, p.get(3).subtype());
    }
}
