package org.mpyjvm.ports.port;

/** How a port's op 4 turns the caller's buffer into what it programs (quirks kept from upstream). */
public enum WriteRule {
    /** Exactly the buffer. */
    EXACT,
    /** esp8266: the length rounded up to 4; the pad bytes are 0xFF (programming 0xFF changes nothing on NOR). */
    PAD_TO_4,
    /** stm32 internal flash: {@code len // 4} 32-bit words, trailing bytes dropped. */
    WHOLE_WORDS,
    /** alif MRAM: whole 16-byte units, the last one padded with 0xFF. */
    WHOLE_16_BYTE_UNITS;

    /** How many bytes are programmed for a buffer of {@code len}. */
    int programmedLength(int len) {
        return switch (this) {
            case EXACT -> len;
            case PAD_TO_4 -> (len + 3) & ~3;
            case WHOLE_WORDS -> len & ~3;
            case WHOLE_16_BYTE_UNITS -> (len + 15) & ~15;
        };
    }
}
