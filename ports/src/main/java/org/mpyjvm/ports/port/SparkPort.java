package org.mpyjvm.ports.port;

import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.memory.MediaSource;
import org.mpyjvm.ports.memory.RegionBlockDevice;

/**
 * The Spark Core (no upstream MicroPython port; chosen). Python sees the external SPI flash only through
 * {@code spark.ExternalFlash()}: the {@code user} region as a block device whose block 0 is flash address
 * 0x80000, so keys, factory-reset, backup and OTA images below it cannot be addressed. The ROM segment at
 * 0x1C0000 is a style-O {@code ExternalFlash}-typed object.
 */
public final class SparkPort extends Port {
    public static final String USER_REGION = "user";

    @Override
    public String name() {
        return "spark";
    }

    /** {@code spark.ExternalFlash()}: 320 blocks of 4096 bytes from 0x80000. */
    public RegionBlockDevice externalFlash(Board board, MediaSource media) {
        return regionDevice(board, media, USER_REGION);
    }
}
