package org.mpyjvm.ports.board;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One board as data (BOARDS.md): identity, media, partitions, use map, ROM segments, SD slots, start-up mounts,
 * buses and pins. Loaded from a board file ({@link BoardFileParser}); behaviour lives in the port classes.
 *
 * @param port           lowercase port ({@code zephyr})
 * @param board          board as upstream spells it ({@code reel_board}, {@code MIMXRT1050_EVK})
 * @param name           board name in the banner and {@code _machine}
 * @param machine        {@code sys.implementation._machine} / the banner's tail
 * @param implementation {@code micropython} or {@code circuitpython}
 * @param version        implementation version ({@code 1.29.0})
 * @param build          {@code sys.implementation._build}, or null when the board has none
 * @param modules        port-specific modules that can be imported ({@code zephyr}, {@code machine})
 * @param sysPath        {@code sys.path} with a valid ROM image mounted
 * @param properties     further facts a board file states ({@code cwd}, {@code spark.face}, ...)
 */
public record Board(String port, String board, String name, String mcu, String machine, String platform,
                    String implementation, String version, String build, List<String> modules, List<String> sysPath,
                    List<Medium> media, List<FlashArea> areas, List<Region> regions, List<RomSegment> romSegments,
                    List<SdSlot> sdSlots, List<Mount> mounts, List<I2cBus> i2cBuses,
                    List<I2cPeripheral> i2cPeripherals, List<Pin> pins, Map<String, String> properties) {

    /** {@code PORT:BOARD}. */
    public String id() {
        return port + ":" + board;
    }

    public Optional<Medium> medium(String id) {
        return media.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<FlashArea> area(String label) {
        return areas.stream().filter(a -> a.label().equals(label)).findFirst();
    }

    public Optional<FlashArea> area(int id) {
        return areas.stream().filter(a -> a.id() == id && id >= 0).findFirst();
    }

    public Optional<Region> region(String label) {
        return regions.stream().filter(r -> r.label().equals(label)).findFirst();
    }

    public Optional<String> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** The protected regions (firmware, bootloader, reserved ...) that {@code [offset, offset+length)} touches. */
    public List<Region> protectedRegionsTouched(String mediumId, long offset, long length) {
        return regions.stream().filter(r -> r.isProtected() && r.overlaps(mediumId, offset, length)).toList();
    }

    public boolean isCircuitPython() {
        return implementation.equals("circuitpython");
    }
}
