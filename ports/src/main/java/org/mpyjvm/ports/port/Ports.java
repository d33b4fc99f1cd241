package org.mpyjvm.ports.port;

import java.util.List;

/** The port classes by name. */
public final class Ports {
    private static final List<Port> ALL = List.of(new UnixPort(), new Rp2Port(), new Stm32Port(), new Esp32Port(),
            new Esp8266Port(), new AlifPort(), new MimxrtPort(), new ZephyrPort(), new SamdPort(), new NrfPort(),
            new RenesasRaPort(), new QemuPort(), new WebassemblyPort(), new SparkPort(), new CircuitPythonPort());

    private Ports() {
    }

    public static List<Port> all() {
        return ALL;
    }

    /** The port class for a port name, if there is one (a user board file may name a port of its own). */
    public static java.util.Optional<Port> find(String name) {
        return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The port class for a lowercase port name; unknown → IllegalArgumentException listing the known ones. */
    public static Port of(String name) {
        return find(name).orElseThrow(() ->
                new IllegalArgumentException("unknown port '" + name + "'; known ports: "
                        + String.join(", ", ALL.stream().map(Port::name).toList())));
    }
}
