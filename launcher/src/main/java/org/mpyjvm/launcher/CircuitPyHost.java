package org.mpyjvm.launcher;

import java.util.Set;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.vfs.Vfs;
import org.mpyjvm.stdlib.circuitpython.CircuitPythonBoard;
import org.mpyjvm.stdlib.circuitpython.UsbHostView;
import org.mpyjvm.stdlib.session.Session;

/**
 * The host computer's side of a CircuitPython board's CIRCUITPY drive for {@code mpy fs}: the host tools play the
 * USB host, so they see the raw FAT volume (not CircuitPython's protected view), may read it whenever the drive is
 * presented, and may write it only when boot.py left it USB-writable ({@link UsbHostView}). With {@code --usb off}
 * there is no host at all, so every host command is refused.
 */
final class CircuitPyHost {
    private static final Set<String> WRITES = Set.of("rm", "mkdir", "rmdir");

    private CircuitPyHost() {
    }

    /** Whether {@code fs COMMAND} changes the drive ({@code cp} does when its destination is a device path). */
    static boolean writes(String command, java.util.List<String> paths) {
        return WRITES.contains(command)
                || command.equals("cp") && !paths.isEmpty() && paths.get(paths.size() - 1).startsWith(":");
    }

    /**
     * The drive as the host mounts it, after checking that the host may do {@code command}; a refusal is one line
     * saying why and what to do.
     */
    static Vfs open(Session session, boolean usbOn, String command, boolean write) throws CommandFailure {
        String board = session.board().id();
        if (!usbOn) {
            throw new CommandFailure("fs " + command + ": no USB host attached (--usb off), so CIRCUITPY is not "
                    + "reachable from the host; drop --usb off, or change files from CircuitPython "
                    + "(mpy --board " + board + " -c ...)");
        }
        String refusal = UsbHostView.refusal(session.device().state());
        boolean presented = UsbHostView.driveVisible(session.device().state());
        if (!presented) {
            throw new CommandFailure("fs " + command + ": " + refusal + "; take that call out of boot.py (from "
                    + "CircuitPython: mpy --board " + board + " -c ...) and power up again (mpy --board " + board
                    + " with no script)");
        }
        if (write && refusal != null) {
            throw new CommandFailure("fs " + command + ": " + refusal + "; to write from the host, make boot.py "
                    + "leave the drive to USB and power up again (mpy --board " + board + " with no script), or "
                    + "write from code.py");
        }
        Vfs vfs = new Vfs(512);
        try {
            vfs.mount(CircuitPythonBoard.of(session).drive().fat(), "/", !write, false);
        } catch (StorageException e) {
            throw new CommandFailure("fs " + command + ": CIRCUITPY cannot be mounted: [Errno " + e.errno() + "]");
        }
        return vfs;
    }
}
