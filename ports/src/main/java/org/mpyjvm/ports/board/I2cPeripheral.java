package org.mpyjvm.ports.board;

/** A simulated device on a bus, answering scans at {@code address}. */
public record I2cPeripheral(String bus, int address, String kind) {
}
