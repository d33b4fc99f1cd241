package org.mpyjvm.runtime.faults;

/**
 * How a bad (or worn-out) block misbehaves; the five modes of littlefs's emulated block device
 * ({@code bd/lfs_emubd.h}). Errors are reported as littlefs's "corrupt" code (84), which is what makes littlefs
 * relocate away from the block instead of giving up.
 */
public enum BadBlockBehavior {
    /** Programming the block fails with 84. */
    PROGERROR,
    /** Erasing the block fails with 84. */
    ERASEERROR,
    /** Reading the block fails with 84 (an ECC failure). */
    READERROR,
    /** Programs silently do nothing (the bits do not stick). */
    PROGNOOP,
    /** Erases, and therefore the programs after them, silently do nothing (a read-only part). */
    ERASENOOP
}
