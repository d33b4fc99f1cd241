package org.mpyjvm.ports.i2c;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which pins of one board are taken, and by whom: CircuitPython's claimed-pin bookkeeping
 * ({@code common_hal_mcu_pin_claim}, {@code assert_pin_free}, {@code never_reset_pin}), so a second bus on pins
 * in use is refused. Pins are named by a stable id (e.g. {@code "GPIO17"}); aliases ({@code board.SCL},
 * {@code board.RX}) must be resolved to the id by the caller so they collide as on the chip.
 *
 * <p>Claims are transient (released when the VM ends, as CircuitPython resets pins after {@code boot.py} and
 * {@code code.py}) or persistent (CircuitPython's {@code never_reset}: the {@code board.I2C()} singleton).
 */
public final class PinClaims {
    /** Told when {@link #releaseTransient()} takes its pins away, so it can mark itself deinitialised. */
    public interface Owner {
        void pinsReleased();
    }

    private record Claim(Object owner, boolean persistent) {
    }

    private final Map<String, Claim> claims = new LinkedHashMap<>();

    /**
     * Claims every pin for {@code owner}, or none of them.
     *
     * @throws PinInUseException naming the first pin already claimed (by anyone, the same owner included)
     */
    public synchronized void claim(Object owner, boolean persistent, List<String> pins) {
        for (String pin : pins) {
            if (claims.containsKey(pin)) {
                throw new PinInUseException(pin);
            }
        }
        if (pins.size() != pins.stream().distinct().count()) {
            // busio.I2C(board.SDA, board.SDA): the second use of a pin finds it taken by the first.
            throw new PinInUseException(firstDuplicate(pins));
        }
        for (String pin : pins) {
            claims.put(pin, new Claim(owner, persistent));
        }
    }

    /** Frees every pin {@code owner} holds (deinit). */
    public synchronized void release(Object owner) {
        claims.values().removeIf(c -> c.owner() == owner);
    }

    /** Makes the owner's claims persistent or transient (CircuitPython's {@code never_reset} switch). */
    public synchronized void setPersistent(Object owner, boolean persistent) {
        claims.replaceAll((pin, c) -> c.owner() == owner ? new Claim(owner, persistent) : c);
    }

    public synchronized boolean isFree(String pin) {
        return !claims.containsKey(pin);
    }

    public synchronized Optional<Object> ownerOf(String pin) {
        Claim c = claims.get(pin);
        return c == null ? Optional.empty() : Optional.of(c.owner());
    }

    /**
     * Frees every transient claim, as the VM's end resets pins; owners implementing {@link Owner} are told once
     * each, after all their pins are free.
     */
    public void releaseTransient() {
        List<Owner> toTell = new ArrayList<>();
        synchronized (this) {
            Map<Object, Boolean> seen = new HashMap<>();
            claims.values().removeIf(c -> {
                if (c.persistent()) {
                    return false;
                }
                if (c.owner() instanceof Owner o && seen.put(o, Boolean.TRUE) == null) {
                    toTell.add(o);
                }
                return true;
            });
        }
        for (Owner o : toTell) {
            o.pinsReleased();
        }
    }

    private static String firstDuplicate(List<String> pins) {
        for (int i = 0; i < pins.size(); i++) {
            if (pins.subList(0, i).contains(pins.get(i))) {
                return pins.get(i);
            }
        }
        throw new IllegalStateException("no duplicate");
    }
}
