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
            "  --device DIR           keep the board's flash, SD card and files in DIR",
            "  --fresh                use a blank in-memory device, discarded at exit",
            "  -c CODE                run CODE (reported as File \"<stdin>\")",
            "  -X heapsize=N          the simulated heap size (gc.mem_free)",
            "  --i2c ADDR=KIND        attach a simulated I2C device (CircuitPython boards)",
            "  --usb on|off           is a USB host attached (CircuitPython; default on)",
            "  --clock ISO-TIME       fixed start time of the simulated RTC",
            "  --nor strict|and       NOR flash: report 0->1 programming (default) or AND silently",
            "  --no-hints             no learner hints after tracebacks",
            "  -q, --quiet            nothing from mpy-jvm itself on stderr",
            "  --version, -h/--help",
            "",
            "sub-commands: boards, romfs, fs, flash, image, fuzz, serial (see README.md)",
            "");

    private Help() {
    }
}
