package org.mpyjvm.runtime.littlefs;

import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;

/**
 * Writes one commit into a metadata block: XOR-chained big-endian tags with their data, then the closing FCRC
 * (erased-state CRC of the next prog unit, when the commit does not end the block) and CCRC entries, padded to a
 * prog boundary without programming the padding. The commit is read back and its CRC re-checked; a mismatch is
 * reported as 84 so the caller relocates.
 */
final class CommitWriter {
    private final LittleFs fs;
    private final LfsBlockIO io;
    final int block;
    int off;
    int ptag;
    private int crc = 0xFFFFFFFF;
    private final int begin;
    private final int end;

    CommitWriter(LittleFs fs, int block, int off, int ptag, int end) {
        this.fs = fs;
        this.io = fs.io;
        this.block = block;
        this.off = off;
        this.ptag = ptag;
        this.begin = off;
        this.end = end;
    }

    void prog(byte[] data, int dataOff, int len) throws StorageException {
        io.prog(fs.pcache, false, block, off, data, dataOff, len);
        crc = LfsCrc.update(crc, data, dataOff, len);
        off += len;
    }

    /** Appends one entry; ENOSPC when it does not fit before the end reserved for the CRC. */
    void attr(int tag, byte[] data) throws StorageException {
        int dsize = LfsTag.dsize(tag);
        if (off + dsize > end) {
            throw new StorageException(Errno.ENOSPC, "commit does not fit");
        }
        byte[] t = new byte[4];
        Le.putBe32(t, 0, (tag & 0x7FFFFFFF) ^ ptag);
        prog(t, 0, 4);
        if (dsize > 4) {
            prog(data, 0, dsize - 4);
        }
        ptag = tag & 0x7FFFFFFF;
    }

    void finish() throws StorageException {
        LfsConfig cfg = io.config();
        int blockSize = cfg.blockSize();
        int progSize = cfg.progSize();
        int commitEnd = LfsBlockIO.alignUp(Math.min(off + 20, blockSize), progSize);
        int off1 = 0;
        int crc1 = 0;
        while (off < commitEnd) {
            int noff = Math.min(commitEnd - (off + 4), 0x3FE) + (off + 4);
            if (noff < commitEnd) {
                noff = Math.min(noff, commitEnd - 20);
            }
            int eperturb = 0xFF;
            if (noff >= commitEnd && noff <= blockSize - progSize) {
                // the first byte of the next prog unit decides how the next commit's valid bit is encoded
                byte[] erasedState = new byte[progSize];
                io.readBack(block, noff, erasedState, 0, progSize);
                eperturb = erasedState[0] & 0xFF;
                byte[] fcrc = new byte[8];
                Le.put32(fcrc, 0, progSize);
                Le.put32(fcrc, 4, LfsCrc.update(0xFFFFFFFF, erasedState, 0, progSize));
                attr(LfsTag.make(LfsTag.FCRC, LfsTag.NO_ID, 8), fcrc);
            }
            int ntag = LfsTag.make(LfsTag.CCRC + ((~eperturb & 0xFF) >>> 7), LfsTag.NO_ID, noff - (off + 4));
            byte[] ccrc = new byte[8];
            Le.putBe32(ccrc, 0, ntag ^ ptag);
            crc = LfsCrc.updateBe32(crc, ntag ^ ptag);
            Le.put32(ccrc, 4, crc);
            io.prog(fs.pcache, false, block, off, ccrc, 0, 8);
            if (off1 == 0) {
                off1 = off + 4;
                crc1 = crc;
            }
            off = noff;
            ptag = ntag ^ ((0x80 & ~eperturb) << 24);
            crc = 0xFFFFFFFF;
            if (noff >= commitEnd || noff >= fs.pcache.off + cfg.cacheSize()) {
                io.sync(fs.pcache);
            }
        }
        // read the commit back: the CRC over it, followed by the stored CRC itself, must come out as 0
        byte[] back = new byte[off1 + 4 - begin];
        io.readBack(block, begin, back, 0, back.length);
        int check = LfsCrc.update(0xFFFFFFFF, back, 0, off1 - begin);
        if (check != crc1) {
            throw new StorageException(Errno.ECORRUPT, "commit did not read back in block " + block);
        }
        if (LfsCrc.update(check, back, off1 - begin, 4) != 0) {
            throw new StorageException(Errno.ECORRUPT, "commit CRC did not read back in block " + block);
        }
    }
}
