package org.mpyjvm.ports.i2c;

/**
 * A device whose state a person looks at: the CLI prints {@link #renderText()} and can save {@link #bitmap()}
 * as a PNG when a run ends.
 */
public interface DisplayDevice extends I2cDevice {
    /** What the display shows, as text (decoded characters for segment displays, pixel art otherwise). */
    String renderText();

    /** What the display shows, pixel by pixel (dark when the display is off). */
    MonoBitmap bitmap();
}
