package org.mpyjvm.ports.memory;

/** Gives the live region of each medium of a device, by medium id ({@code flash}, {@code qspi}, ...). */
@FunctionalInterface
public interface MediaSource {
    MemoryRegion medium(String id);
}
