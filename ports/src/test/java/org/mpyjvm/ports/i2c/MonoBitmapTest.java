package org.mpyjvm.ports.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonoBitmapTest {
    @Test
    void textAndHalfBlocks() {
        MonoBitmap bm = new MonoBitmap(4, 3);
        bm.set(0, 0, true);
        bm.set(1, 1, true);
        bm.set(2, 0, true);
        bm.set(2, 1, true);
        bm.set(3, 2, true);
        assertEquals("#.#.\n.##.\n...#", bm.toText());
        assertEquals("# # \n ## \n   #", bm.toText('#', ' '));
        // rows 0+1 pair up; row 2 pairs with an implied dark row
        assertEquals("\u2580\u2584\u2588 \n   \u2580", bm.toHalfBlocks());
        assertEquals(5, bm.litCount());
    }

    @Test
    void pngRoundTripAtScale() throws Exception {
        MonoBitmap bm = new MonoBitmap(5, 2);
        bm.set(4, 1, true);
        byte[] png = bm.toPng(3);
        MonoBitmap back = MonoBitmap.fromPng(png, 3);
        assertEquals(bm.toText(), back.toText());
        assertEquals(15, MonoBitmap.fromPng(png, 1).width());
        assertThrows(IllegalArgumentException.class, () -> bm.toPng(0));
    }

    @Test
    void outOfRangePixelsAreRefused() {
        MonoBitmap bm = new MonoBitmap(2, 2);
        assertThrows(IndexOutOfBoundsException.class, () -> bm.get(2, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> bm.set(0, -1, true));
        assertThrows(IllegalArgumentException.class, () -> new MonoBitmap(0, 1));
    }
}
