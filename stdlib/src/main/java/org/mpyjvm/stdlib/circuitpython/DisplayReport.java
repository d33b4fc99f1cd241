package org.mpyjvm.stdlib.circuitpython;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.ports.i2c.DisplayDevice;
import org.mpyjvm.ports.i2c.I2cDevice;
import org.mpyjvm.ports.i2c.I2cDeviceSpec;
import org.mpyjvm.stdlib.session.Session;

/**
 * What the simulated displays show when a run ends: on a desk the learner would look at the backpack or the OLED,
 * here a stderr line per display says it (decoded text for segment displays, half-block pixels for an OLED), and
 * {@code --i2c 0x3c=ssd1306:png=FILE} saves the picture.
 */
final class DisplayReport {
    private record Attached(I2cDeviceSpec spec, DisplayDevice display) {
    }

    private final List<Attached> displays = new ArrayList<>();

    void add(List<I2cDeviceSpec> specs, List<I2cDevice> devices) {
        for (int i = 0; i < specs.size() && i < devices.size(); i++) {
            if (devices.get(i) instanceof DisplayDevice d) {
                displays.add(new Attached(specs.get(i), d));
            }
        }
    }

    void show(Session session) {
        for (Attached a : displays) {
            String what = String.format("%s at 0x%02x", a.spec().kind(), a.display().address());
            String text = a.display().renderText();
            if (text.isBlank()) {
                session.note(what + " shows nothing (off or blank)");
            } else if (text.contains("\n")) {
                session.note(what + " shows:");
                text.lines().forEach(line -> session.note("  " + line));
            } else {
                session.note(what + " shows: " + text);
            }
            Path png = a.spec().pngOutput().orElse(null);
            if (png != null) {
                try {
                    a.display().bitmap().writePng(png, 4);
                    session.note(what + ": picture saved to " + png);
                } catch (IOException e) {
                    session.note(what + ": cannot save " + png + ": " + e.getMessage());
                }
            }
        }
    }
}
