package org.mpyjvm.ports.port;

/** Zephyr boards: the unused {@code image-1} slot is a style-M ROM segment (upstream Zephyr has no ROMFS). */
public final class ZephyrPort extends Port {
    @Override
    public String name() {
        return "zephyr";
    }
}
