package org.mpyjvm.launcher;

import java.util.Optional;
import org.mpyjvm.ports.board.Board;
import org.mpyjvm.ports.board.Medium;
import org.mpyjvm.ports.board.Region;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.blockdev.NorProgramMode;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.stdlib.fuzz.FuzzTarget;

/**
 * The medium each {@code mpy fuzz} run starts from, blank: the geometry the script declared with module-level
 * {@code BLOCKS}, {@code BLOCK_SIZE} and {@code MEDIUM} ('nor': strict NOR flash erased to 0xFF, the default;
 * 'ram': a RAM disk whose writes replace bytes), else the board's filesystem region (the first region whose use
 * is {@code storage}: its size and block size, NOR with the chip's page size, or a RAM disk on MRAM/SD), else
 * (the unix board has no flash) 64 blocks of 4096 bytes of NOR flash.
 */
record FuzzMedium(String kind, int blockSize, int blocks, int pageSize) {
    static final int DEFAULT_BLOCK_SIZE = 4096;
    static final int DEFAULT_BLOCKS = 64;
    private static final long MAX_BYTES = 256L << 20;

    static FuzzMedium choose(Board board, FuzzTarget.Geometry declared) throws UsageException {
        if (declared != null) {
            int bs = declared.blockSize() > 0 ? declared.blockSize() : DEFAULT_BLOCK_SIZE;
            long blocks = declared.blocks() > 0 ? declared.blocks() : DEFAULT_BLOCKS;
            String kind = declared.medium().toLowerCase(java.util.Locale.ROOT);
            if (!kind.equals("nor") && !kind.equals("ram")) {
                throw new UsageException("MEDIUM must be 'nor' or 'ram', not '" + declared.medium() + "'");
            }
            return checked(kind, bs, blocks, bs);
        }
        Optional<Region> storage = board.regions().stream().filter(r -> r.use().equals("storage")).findFirst();
        if (storage.isPresent()) {
            Region r = storage.get();
            Medium m = board.medium(r.medium()).orElse(null);
            int bs = r.blockSize() > 0 ? r.blockSize() : DEFAULT_BLOCK_SIZE;
            boolean nor = m != null && m.kind().equals(Medium.NOR);
            int page = nor && m.pageSize() > 0 && bs % m.pageSize() == 0 ? m.pageSize() : bs;
            return checked(nor ? "nor" : "ram", bs, r.size() / bs, page);
        }
        return new FuzzMedium("nor", DEFAULT_BLOCK_SIZE, DEFAULT_BLOCKS, DEFAULT_BLOCK_SIZE);
    }

    private static FuzzMedium checked(String kind, int bs, long blocks, int page) throws UsageException {
        if (bs <= 0 || blocks <= 0 || bs * blocks > MAX_BYTES) {
            throw new UsageException("fuzz medium of " + blocks + " blocks of " + bs + " bytes is out of range");
        }
        return new FuzzMedium(kind, bs, (int) blocks, page);
    }

    /** A blank device of this geometry; strict NOR reports a 0-to-1 program to {@code violations}. */
    BlockDevice fresh(java.util.List<String> violations) {
        if (kind.equals("ram")) {
            return new RamDisk(blockSize, blocks, (byte) 0xFF);
        }
        NorFlash chip = NorFlash.inMemory(blockSize, blocks, pageSize);
        chip.setMode(NorProgramMode.STRICT);
        chip.setViolationListener(v -> violations.add(v.describe()));
        return chip;
    }

    String describe() {
        return blocks + " x " + blockSize + " B " + (kind.equals("nor") ? "strict NOR flash" : "RAM disk");
    }
}
