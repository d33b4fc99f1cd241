package org.mpyjvm.ports.port;

/** The webassembly port: as unix, a writable ROM (upstream has no ROMFS there). */
public final class WebassemblyPort extends Port {
    @Override
    public String name() {
        return "webassembly";
    }
}
