package org.mpyjvm.ports.port;

/** The qemu port: the ROM region as a writable style-M segment (upstream serves ops 1-2 only). */
public final class QemuPort extends Port {
    @Override
    public String name() {
        return "qemu";
    }
}
