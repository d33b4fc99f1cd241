package org.mpyjvm.runtime.faults;

/** What the program or erase that was running when the power went leaves behind. */
public enum PowerLossMode {
    /** The interrupted operation is lost whole: the medium is exactly as after the operation before it. */
    ATOMIC,
    /**
     * The interrupted operation is partly done, chosen from the seed: a program lands on a prefix of its bytes
     * with one byte only partly cleared, an erase resets a prefix of the block, a simple block write lands on a
     * prefix of the block with the rest reverted to the old bytes (littlefs's emubd "somebits" idea).
     */
    PARTIAL
}
