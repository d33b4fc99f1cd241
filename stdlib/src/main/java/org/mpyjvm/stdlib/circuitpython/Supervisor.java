package org.mpyjvm.stdlib.circuitpython;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import com.oracle.truffle.api.source.Source;
import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.spi.ErrnoText;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.stdlib.session.Session;

/**
 * CircuitPython's supervisor for one run (circuitpython.md 3): mounts CIRCUITPY at {@code /} (formatting it on first
 * start), wires the I2C peripherals, installs CircuitPython's {@code open} and OSError texts, then plays the part of
 * the lifecycle the run stands for:
 * <ul>
 *   <li>{@link Phase#BOOT} (a script named {@code boot.py}, or env {@code phase=boot}): the permission defaults, boot.py
 *       may write anything, its console output is captured; when the run ends, {@code /boot_out.txt} is written and
 *       the flags boot.py chose are kept in the device for the runs that follow.</li>
 *   <li>{@link Phase#CODE} (any other script, {@code -c}): the flags of the last boot, USB up; an attached host
 *       ({@code usb=on}, the default) takes the drive if it is USB-writable.</li>
 *   <li>{@link Phase#POWER_UP} (no script): boot.py (or boot.txt) from the drive, boot_out.txt, USB, then code.txt,
 *       code.py, main.py or main.txt, framed by {@code code.py output:} and {@code Code done running.}; the REPL or
 *       piped input follows in the launcher.</li>
 * </ul>
 */
public final class Supervisor {
    /** Which part of the board's life a run is. */
    public enum Phase { BOOT, CODE, POWER_UP }

    static final List<String> BOOT_FILES = List.of("boot.py", "boot.txt");
    static final List<String> CODE_FILES = List.of("code.txt", "code.py", "main.py", "main.txt");

    private Supervisor() {
    }

    /** Called by the session start-up on a CircuitPython board, after {@code sys.path} and before any code runs. */
    public static void start(MpyContext context, Session session) {
        Map<String, String> env = context.getEnvOptions();
        CircuitPythonBoard board;
        try {
            DrivePermissions permissions = new DrivePermissions(!"off".equals(env.get("usb")));
            CircuitPyDrive drive = CircuitPyDrive.open(session, permissions);
            drive.mount(session);
            I2cWiring wiring = new I2cWiring(session.board(), env.get("i2c"),
                    session.device().inMemory() ? null : session.device().folder());
            board = new CircuitPythonBoard(session, drive, wiring);
            session.beforeClose(() -> wiring.displays().show(session));
        } catch (StorageException | RuntimeException e) {
            throw new IllegalStateException("mpy-jvm: cannot start the board: " + e.getMessage(), e);
        }
        CircuitPythonBoard.register(session, board);
        ErrnoText.useTexts(context, CircuitPythonErrors.ERRNO_TEXTS);
        context.getBuiltins().put("open", CircuitPythonOpen.builtin());
        switch (phase(env, context.getEnv().getApplicationArguments())) {
            case BOOT -> {
                beginBoot(context, board);
                session.beforeClose(() -> endBoot(context, board));
            }
            case CODE -> startCode(board);
            case POWER_UP -> powerUp(context, board);
        }
    }

    /** {@code phase=boot|code} wins; else a script named boot.py boots, no script powers up, anything else is code. */
    static Phase phase(Map<String, String> env, String[] argv) {
        String forced = env.get("phase");
        if ("boot".equals(forced)) {
            return Phase.BOOT;
        }
        if ("code".equals(forced)) {
            return Phase.CODE;
        }
        String script = argv.length == 0 ? "" : argv[0];
        if (script.isEmpty()) {
            return Phase.POWER_UP;
        }
        String name = script.substring(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
        return name.equals("boot.py") ? Phase.BOOT : Phase.CODE;
    }

    private static BootOutput beginBoot(MpyContext context, CircuitPythonBoard board) {
        DrivePermissions p = board.permissions();
        p.resetForBoot();
        p.setIgnoreProtection(true);
        BootOutput capture = new BootOutput(BootOutput.header(board.versionLine(), board.boardId(), board.uidHex()));
        context.getOut().flush();
        context.getConsole().setCopy(capture);
        board.setBootCapture(capture);
        return capture;
    }

    private static void endBoot(MpyContext context, CircuitPythonBoard board) {
        context.getOut().flush();
        context.getConsole().setCopy(null);
        board.permissions().setIgnoreProtection(false);
        board.savePermissions();
        board.resetPins();
        try {
            board.bootCapture().save(board.drive().fat());
        } catch (StorageException e) {
            board.session().note("mpy: cannot write /boot_out.txt: " + e.getMessage());
        }
    }

    private static void startCode(CircuitPythonBoard board) {
        board.permissions().load(board.session().device().state());
        board.permissions().startUsb();
    }

    private static void powerUp(MpyContext context, CircuitPythonBoard board) {
        beginBoot(context, board);
        runFirst(context, board, BOOT_FILES, false);
        endBoot(context, board);
        board.permissions().startUsb();
        runFirst(context, board, CODE_FILES, true);
        board.resetPins();
    }

    private static void runFirst(MpyContext context, CircuitPythonBoard board, List<String> names, boolean framed) {
        for (String name : names) {
            byte[] code = CircuitPyFormat.read(board.drive().fat(), "/" + name);
            if (code == null) {
                continue;
            }
            if (framed) {
                context.getOut().println(name + " output:");
            }
            context.runMain(source(new String(code, StandardCharsets.UTF_8), name));
            if (framed) {
                context.getOut().print("\nCode done running.\n");
                context.getOut().flush();
            }
            return;
        }
    }

    /**
     * {@code Source.newBuilder("mpy", text, name).build()}, looked up by reflection: the overloads of newBuilder name
     * polyglot's ByteSequence, which this module does not read, so javac cannot resolve the call directly.
     */
    static Source source(String text, String name) {
        try {
            Object builder = Source.class.getMethod("newBuilder", String.class, CharSequence.class, String.class)
                    .invoke(null, "mpy", text, name);
            return (Source) builder.getClass().getMethod("build").invoke(builder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build the source of " + name, e);
        }
    }
}
