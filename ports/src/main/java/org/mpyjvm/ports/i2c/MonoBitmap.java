package org.mpyjvm.ports.i2c;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import javax.imageio.ImageIO;

/**
 * A one-bit picture of what a display shows (lit or dark per pixel), with the three ways the simulator shows it:
 * one character per pixel, Unicode half blocks (two pixel rows per text line, so a 128x64 OLED fits 32 lines),
 * and PNG.
 */
public final class MonoBitmap {
    private static final int LIT_RGB = 0xFFFFFF;
    private static final int DARK_RGB = 0x000000;

    private final int width;
    private final int height;
    private final BitSet bits;

    public MonoBitmap(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty bitmap " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.bits = new BitSet(width * height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean get(int x, int y) {
        return bits.get(index(x, y));
    }

    public void set(int x, int y, boolean lit) {
        bits.set(index(x, y), lit);
    }

    public int litCount() {
        return bits.cardinality();
    }

    /** Rows of {@code lit}/{@code dark} characters joined by {@code '\n'}, no trailing newline. */
    public String toText(char lit, char dark) {
        StringBuilder sb = new StringBuilder(height * (width + 1));
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                sb.append('\n');
            }
            for (int x = 0; x < width; x++) {
                sb.append(get(x, y) ? lit : dark);
            }
        }
        return sb.toString();
    }

    /** {@code '#'} for lit, {@code '.'} for dark. */
    public String toText() {
        return toText('#', '.');
    }

    /**
     * Two pixel rows per line: {@code '█'} both lit, {@code '▀'} upper only, {@code '▄'} lower only, space neither.
     * An odd last row pairs with a dark row.
     */
    public String toHalfBlocks() {
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < height; y += 2) {
            if (y > 0) {
                sb.append('\n');
            }
            for (int x = 0; x < width; x++) {
                boolean upper = get(x, y);
                boolean lower = y + 1 < height && get(x, y + 1);
                sb.append(upper ? (lower ? '\u2588' : '\u2580') : (lower ? '\u2584' : ' '));
            }
        }
        return sb.toString();
    }

    /** A PNG, white on black, each pixel drawn as a {@code scale} x {@code scale} square. */
    public byte[] toPng(int scale) {
        if (scale < 1 || scale > 64) {
            throw new IllegalArgumentException("scale must be 1..64, not " + scale);
        }
        BufferedImage img = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, get(x / scale, y / scale) ? LIT_RGB : DARK_RGB);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void writePng(Path file, int scale) throws IOException {
        Files.write(file, toPng(scale));
    }

    /** Reads a PNG back (lit = any pixel brighter than mid-grey), undoing {@code scale}: for tests and tools. */
    public static MonoBitmap fromPng(byte[] png, int scale) throws IOException {
        BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png));
        if (img == null) {
            throw new IOException("not a PNG image");
        }
        MonoBitmap bm = new MonoBitmap(img.getWidth() / scale, img.getHeight() / scale);
        for (int y = 0; y < bm.height; y++) {
            for (int x = 0; x < bm.width; x++) {
                int rgb = img.getRGB(x * scale, y * scale);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                bm.set(x, y, grey > 127);
            }
        }
        return bm;
    }

    private int index(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        return y * width + x;
    }
}
