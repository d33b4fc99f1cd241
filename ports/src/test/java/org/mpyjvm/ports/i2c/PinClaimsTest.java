package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PinClaimsTest {
    private final PinClaims pins = new PinClaims();

    @Test
    void claimIsAllOrNothing() {
        Object a = new Object();
        Object b = new Object();
        pins.claim(a, false, List.of("GPIO16"));
        assertThrows(PinInUseException.class, () -> pins.claim(b, false, List.of("GPIO17", "GPIO16")));
        assertTrue(pins.isFree("GPIO17"), "a refused claim takes nothing");
    }

    @Test
    void samePinTwiceInOneClaimIsInUse() {
        PinInUseException e = assertThrows(PinInUseException.class,
                () -> pins.claim(new Object(), false, List.of("GPIO16", "GPIO16")));
        assertEquals("GPIO16", e.pin());
        assertTrue(pins.isFree("GPIO16"));
    }

    @Test
    void sameOwnerCannotClaimAgain() {
        Object a = new Object();
        pins.claim(a, false, List.of("GPIO16"));
        assertThrows(PinInUseException.class, () -> pins.claim(a, false, List.of("GPIO16")));
    }

    @Test
    void releaseFreesOnlyThatOwner() {
        Object a = new Object();
        Object b = new Object();
        pins.claim(a, false, List.of("GPIO16"));
        pins.claim(b, true, List.of("GPIO12"));
        pins.release(a);
        assertTrue(pins.isFree("GPIO16"));
        assertFalse(pins.isFree("GPIO12"));
    }

    @Test
    void releaseTransientTellsEachOwnerOnce() {
        int[] told = new int[1];
        PinClaims.Owner owner = () -> told[0]++;
        pins.claim(owner, false, List.of("GPIO16", "GPIO17"));
        pins.releaseTransient();
        assertEquals(1, told[0]);
        assertTrue(pins.isFree("GPIO16"));
    }
}
