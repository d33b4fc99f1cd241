package org.mpyjvm.runtime.blockdev;

/** What NOR flash does when a program asks for a 0-to-1 bit transition (which only an erase can make). */
public enum NorProgramMode {
    /** Refuse the whole program command with EIO and report the first offending byte (mpy-jvm's default). */
    STRICT,
    /** Store old AND new silently, as real parts do ({@code --nor and}). */
    AND
}
