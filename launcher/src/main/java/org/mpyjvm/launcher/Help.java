package org.mpyjvm.launcher;

/** The text of {@code mpy --help}. */
final class Help {
    static final String TEXT = String.join("\n",
            "usage: mpy [global options] [SCRIPT.py [ARGS...] | -c CODE | SUB-COMMAND ...]",
            "",
            "Runs MicroPython code on a simulated board (no script: the REPL; piped stdin: run it).",
            "",
            "global options:",
            "  --board PORT[:BOARD]   the simulated board (default: unix); 'mpy boards' lists them",
            "  --board-file FILE      add a board described in FILE",
            "  --device DIR           keep the board's flash, SD card and files in DIR (default: $MPY_DEVICE,",
            "                         else one folder per board under ~/.local/state/mpy-jvm/devices)",
            "  --fresh                use a blank in-memory device, discarded at exit",
            "  -c CODE                run CODE (reported as File \"<stdin>\")",
            "  -X heapsize=N          the simulated heap size (gc.mem_free)",
            "  --i2c ADDR=KIND        attach a simulated I2C device (CircuitPython boards)",
            "  --usb on|off           is a USB host attached (CircuitPython; default on)",
            "  --clock ISO-TIME       start time of the simulated RTC (it runs from there)",
            "  --nor strict|and       NOR flash: report 0->1 programming (default) or AND silently",
            "  --no-hints             no learner hints after tracebacks",
            "  -q, --quiet            nothing from mpy-jvm itself on stderr",
            "  --version, -h/--help",
            "",
            "sub-commands (each has --help):",
            "  boards [check FILES...]           boards and their flash maps; check a board profile (mpconfigboard.h,",
            "                                    linker script, partition CSV)",
            "  romfs build DIR --output IMG      mpremote's ROMFS image of DIR (.py kept as source)",
            "  romfs query | deploy IMG [-p N]   the device's ROM partitions through rom_ioctl",
            "  fs ls|cat|cp|rm|mkdir|rmdir|tree|df ...   the device's files (':' marks a device path)",
            "  fs export OUT.img                 CircuitPython: the CIRCUITPY drive as a disk image (mtools: OUT.img@@32256)",
            "  device info | erase               the device folder: media, mounts; back to factory-fresh",
            "  flash write --alt N --address A FILE | flash map --svg FILE   DFU loader (spark); flash map picture",
            "  flash stats                       erase counts per sector of the NOR flash, kept across runs",
            "  image create|ls|cat|extract|info  FAT/littlefs/ROMFS image files on the host",
            "  fuzz SCRIPT [--runs N] [--seed S] [--power-cut every|random|K] [--shard I/N]   power cuts in your",
            "                                    storage code: workload(bdev), then check(bdev) after every cut",
            "  not yet available: serial",
            "bin/mpremote takes mpremote's syntax (romfs, fs, ls, cp, ...) for the device named by $MPY_DEVICE.",
            "");

    private Help() {
    }
}
