package org.mpyjvm.ports.board;

import java.util.Map;

/**
 * A mount made at start-up (BOARDS.md section 5), in order.
 *
 * @param source a region label, a medium id (SD card), {@code host} (the device folder's {@code root/}) or
 *               {@code rom} (ROM segment 0)
 * @param fs     {@code auto} (detect littlefs/FAT), {@code lfs2}, {@code fat}, {@code posix}, {@code rom}
 * @param mkfs   {@code never}, {@code first-start} (format when nothing is found) or {@code factory-fat}
 *               (stm32: FAT with the factory files)
 * @param options extra facts ({@code progsize}, {@code label}, {@code when}, {@code cwd})
 */
public record Mount(String path, String source, String fs, String mkfs, Map<String, String> options) {
}
