package org.mpyjvm.runtime.blockdev;

/**
 * The capacity fields of an SD card's CSD register. SDSC cards (up to 2 GiB) use CSD version 1.0, where
 * capacity = (C_SIZE + 1) * 2^(C_SIZE_MULT + 2) * 2^READ_BL_LEN; SDHC/SDXC cards use version 2.0, where
 * capacity = (C_SIZE + 1) * 512 KiB. Drivers (and {@code ioctl(4)}) derive the sector count from these.
 */
public record SdCsd(int version, Kind kind, long cSize, int cSizeMult, int readBlLen, long capacityBytes) {
    public enum Kind { SDSC, SDHC, SDXC }

    private static final long TWO_GIB = 2L << 30;
    private static final long THIRTY_TWO_GIB = 32L << 30;

    /** The CSD a card of {@code capacityBytes} reports; capacity not expressible exactly is rounded down. */
    public static SdCsd forCapacity(long capacityBytes) {
        if (capacityBytes <= TWO_GIB) {
            // Version 1.0: pick the smallest block length and multiplier that keep C_SIZE within 12 bits.
            for (int readBlLen = 9; readBlLen <= 11; readBlLen++) {
                for (int mult = 0; mult <= 7; mult++) {
                    long unit = 1L << (mult + 2 + readBlLen);
                    long cSize = capacityBytes / unit - 1;
                    if (cSize >= 0 && cSize < 4096) {
                        return new SdCsd(1, Kind.SDSC, cSize, mult, readBlLen, (cSize + 1) * unit);
                    }
                }
            }
        }
        long unit = 512L * 1024;
        long cSize = Math.max(capacityBytes / unit - 1, 0);
        Kind kind = capacityBytes <= THIRTY_TWO_GIB ? Kind.SDHC : Kind.SDXC;
        return new SdCsd(2, kind, cSize, 0, 9, (cSize + 1) * unit);
    }
}
