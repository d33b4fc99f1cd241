package org.mpyjvm.stdlib.ports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyDict;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.FlashArea;
import org.mpyjvm.ports.board.SdSlot;
import org.mpyjvm.ports.memory.MemoryRegion;
import org.mpyjvm.ports.memory.RegionBlockDevice;
import org.mpyjvm.stdlib.blockdev.BlockDeviceMethods;
import org.mpyjvm.stdlib.blockdev.BlockDeviceObject;
import org.mpyjvm.stdlib.blockdev.BlockDeviceStyle;
import org.mpyjvm.stdlib.blockdev.GuardedBlockDevice;
import org.mpyjvm.stdlib.bridge.Args;
import org.mpyjvm.stdlib.bridge.NativeType;
import org.mpyjvm.stdlib.session.Session;

/**
 * {@code zephyr} (zephyr-mimxrt.md 1, v1.24 API): {@code FlashArea(id, block_size)} with {@code STORAGE} and
 * {@code areas} ({@code label: (id, erase_size)}, the v1.27 form), and, on boards with a disk, {@code DiskAccess}
 * for the SD slot. Both are block devices that return Zephyr's status ints and never raise; FlashArea has both
 * protocol forms, DiskAccess only the simple one. Areas overlapping the firmware refuse writes with -13.
 */
@BuiltinModule("zephyr")
public final class ZephyrModule implements ModuleDefinition {
    @Override
    public void initialize(ModuleSetup setup) {
        Session session = BoardModules.require(setup.moduleName());
        setup.setAttribute("FlashArea", flashAreaClass(session));
        List<String> disks = disks(session.board());
        if (!disks.isEmpty()) {
            setup.setAttribute("DiskAccess", diskAccessClass(session, disks));
        }
    }

    private static List<String> disks(Board board) {
        return board.property("zephyr.disks").map(s -> Arrays.asList(s.trim().split("[,\\s]+")))
                .orElse(List.of());
    }

    private static PyClass flashAreaClass(Session session) {
        return (PyClass) session.singleton("zephyr.FlashArea", () -> {
            PyClass c = NativeType.define("FlashArea", new BlockDeviceMethods(), new FlashAreaConstructor(session));
            Board b = session.board();
            b.area("storage").ifPresent(a -> c.setAttribute("STORAGE", (long) a.id()));
            long erase = b.property("zephyr.erase").map(Long::parseLong).orElse(4096L);
            PyDict areas = new PyDict();
            for (FlashArea a : b.areas()) {
                if (a.id() >= 0) {
                    areas.put(a.label(), PyTuple.of((long) a.id(), erase));
                }
            }
            c.setAttribute("areas", areas);
            return c;
        });
    }

    private static PyClass diskAccessClass(Session session, List<String> disks) {
        return (PyClass) session.singleton("zephyr.DiskAccess", () -> {
            PyClass c = NativeType.define("DiskAccess", new BlockDeviceMethods(),
                    new DiskAccessConstructor(session, disks));
            c.setAttribute("disks", new PyTuple(disks.toArray()));
            return c;
        });
    }

    /** {@code FlashArea(id, block_size)}. */
    public static final class FlashAreaConstructor {
        private final Session session;

        FlashAreaConstructor(Session session) {
            this.session = session;
        }

        @Builtin(name = "__new__", minArgs = 3)
        public Object create(Object[] a) {
            int id = Args.toInt(a[1]);
            long blockSize = Args.toLong(a[2]);
            if (blockSize <= 0) {
                throw Errors.valueError("invalid block size");
            }
            Optional<FlashArea> area = session.board().area(id);
            MemoryRegion medium = area.map(ar -> session.medium(ar.medium())).orElse(null);
            if (area.isEmpty() || medium == null || blockSize > area.get().size()) {
                throw Errors.valueError("unable to open flash area");
            }
            FlashArea ar = area.get();
            RegionBlockDevice dev = new RegionBlockDevice(medium.window(ar.offset(), ar.size()), (int) blockSize);
            return new BlockDeviceObject((PyClass) a[0],
                    new GuardedBlockDevice(dev, session.board(), ar.medium(), ar.offset()),
                    BlockDeviceStyle.ZEPHYR_FLASH, null, "FlashArea(" + id + ")");
        }
    }

    /** {@code DiskAccess(disk_name)}: the board's SD slot, 512-byte sectors; unknown names: disk not found. */
    public static final class DiskAccessConstructor {
        private final Session session;
        private final List<String> disks;

        DiskAccessConstructor(Session session, List<String> disks) {
            this.session = session;
            this.disks = disks;
        }

        @Builtin(name = "__new__", minArgs = 2)
        public Object create(Object[] a) {
            String name = Args.str(a[1]);
            List<SdSlot> slots = session.board().sdSlots();
            int index = disks.indexOf(name);
            if (index < 0 || index >= slots.size()) {
                throw Errors.valueError("disk not found");
            }
            MemoryRegion card = session.medium(slots.get(index).medium());
            RegionBlockDevice dev = new RegionBlockDevice(card.window(0, card.length()), 512);
            return session.singleton("zephyr.disk:" + name, () -> new BlockDeviceObject((PyClass) a[0], dev,
                    BlockDeviceStyle.ZEPHYR_DISK, null, "DiskAccess(" + name + ")"));
        }
    }
}
