package org.mpyjvm.ports.port;

/** The unix port: one writable 128 KiB ROM segment (style M, ops 1-6) that starts as the empty image. */
public final class UnixPort extends Port {
    @Override
    public String name() {
        return "unix";
    }
}
