package org.mpyjvm.ports.port;

/** CircuitPython: no {@code vfs} module, so no {@code rom_ioctl}; CIRCUITPY is the board's only filesystem. */
public final class CircuitPythonPort extends Port {
    @Override
    public String name() {
        return "circuitpython";
    }

    @Override
    public boolean hasVfs() {
        return false;
    }
}
