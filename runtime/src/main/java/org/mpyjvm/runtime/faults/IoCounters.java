package org.mpyjvm.runtime.faults;

/** What went through the fault layer: operations and bytes, for statistics and power-cut sweeps. */
public final class IoCounters {
    long reads;
    long bytesRead;
    long programs;
    long bytesProgrammed;
    long erases;
    long blockWrites;

    public long reads() {
        return reads;
    }

    public long bytesRead() {
        return bytesRead;
    }

    /** Extended-protocol program calls. */
    public long programs() {
        return programs;
    }

    public long bytesProgrammed() {
        return bytesProgrammed;
    }

    public long erases() {
        return erases;
    }

    /** Blocks written with the simple protocol (each one an erase and a program on flash). */
    public long blockWrites() {
        return blockWrites;
    }

    /** Operations a power cut can interrupt: programs + erases + simple block writes, as counted for {@code cutPowerAt}. */
    public long writeOps() {
        return programs + erases + blockWrites;
    }

    public void reset() {
        reads = bytesRead = programs = bytesProgrammed = erases = blockWrites = 0;
    }

    @Override
    public String toString() {
        return "reads=" + reads + " (" + bytesRead + " B) programs=" + programs + " (" + bytesProgrammed
                + " B) erases=" + erases + " blockWrites=" + blockWrites;
    }
}
