package org.mpyjvm.ports.board;

/** A named board pin ({@code board.NEOPIXEL} is {@code GPIO27}). */
public record Pin(String name, String gpio) {
}
