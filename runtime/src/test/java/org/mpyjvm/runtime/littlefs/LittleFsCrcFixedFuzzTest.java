package org.mpyjvm.runtime.littlefs;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.mpyjvm.runtime.blockdev.RamDisk;
import org.mpyjvm.runtime.fuzz.ImageExercise;

/**
 * Mutations of valid littlefs v2 images that survive the checksums: the fuzzer picks a commit of a metadata block
 * in a reference image, changes tag types, ids, data bytes or 32-bit words (pointers, sizes) and the revision,
 * then re-chains the XOR-encoded tags and recomputes the commit's CRC, so the parser accepts the commit and the
 * nonsense reaches the deeper code (directory and CTZ walks, moves, allocation). Findings as in
 * {@link ImageExercise}.
 */
class LittleFsCrcFixedFuzzTest {
    /** One tag inside a commit: its offset in the block and its decoded value. */
    record Entry(int off, int tag) {
    }

    /** A commit with a valid CRC: the tag chain starts from {@code startTag}; the first one also covers the revision. */
    record Commit(int block, boolean first, int startTag, List<Entry> entries, int crcOff, int crcTag) {
    }

    record Image(byte[] bytes, int blockSize, List<Commit> commits) {
    }

    private static final Image[] IMAGES = {load("lfs2-b512-n128.img.gz", 512), load("lfs2-b4096-n64.img.gz", 4096)};

    private static Image load(String name, int bs) {
        try {
            byte[] img = Fixtures.load(name);
            List<Commit> all = new ArrayList<>();
            for (int b = 0; b < img.length / bs; b++) {
                all.addAll(commits(img, bs, b));
            }
            return new Image(img, bs, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commits of {@code block} whose CRC checks, walked as MetadataPair.parse walks them. */
    static List<Commit> commits(byte[] img, int bs, int block) {
        int base = block * bs;
        List<Commit> out = new ArrayList<>();
        List<Entry> current = new ArrayList<>();
        int ptag = 0xFFFFFFFF;
        int start = ptag;
        boolean first = true;
        int crc = LfsCrc.updateLe32(0xFFFFFFFF, Le.get32(img, base));
        int off = 4;
        while (off + 4 <= bs) {
            int raw = Le.getBe32(img, base + off);
            crc = LfsCrc.updateBe32(crc, raw);
            int tag = raw ^ ptag;
            if (!LfsTag.isValid(tag) || off + LfsTag.dsize(tag) > bs) {
                break;
            }
            if (LfsTag.type2(tag) == LfsTag.CCRC) {
                if (off + 8 > bs || crc != Le.get32(img, base + off + 4)) {
                    break;
                }
                out.add(new Commit(block, first, start, List.copyOf(current), off, tag));
                ptag = tag ^ ((LfsTag.chunk(tag) & 1) << 31);
                start = ptag;
                first = false;
                current.clear();
                crc = 0xFFFFFFFF;
                off += LfsTag.dsize(tag);
                continue;
            }
            crc = LfsCrc.update(crc, img, base + off + 4, LfsTag.dsize(tag) - 4);
            current.add(new Entry(off, tag));
            ptag = tag;
            off += LfsTag.dsize(tag);
        }
        return out;
    }

    /** Writes the (possibly changed) tags back XOR-chained and stores the commit's new CRC. */
    static void rewrite(byte[] img, int bs, Commit c, int[] tags) {
        int base = c.block() * bs;
        int crc = 0xFFFFFFFF;
        if (c.first()) {
            crc = LfsCrc.updateLe32(crc, Le.get32(img, base));
        }
        int ptag = c.startTag();
        for (int i = 0; i < tags.length; i++) {
            int off = base + c.entries().get(i).off();
            int raw = tags[i] ^ ptag;
            Le.putBe32(img, off, raw);
            crc = LfsCrc.updateBe32(crc, raw);
            crc = LfsCrc.update(crc, img, off + 4, LfsTag.dsize(tags[i]) - 4);
            ptag = tags[i];
        }
        int rawCrcTag = c.crcTag() ^ ptag;
        Le.putBe32(img, base + c.crcOff(), rawCrcTag);
        crc = LfsCrc.updateBe32(crc, rawCrcTag);
        Le.put32(img, base + c.crcOff() + 4, crc);
    }

    static byte[] mutate(FuzzedDataProvider in) {
        Image source = IMAGES[in.consumeBoolean() ? 1 : 0];
        byte[] img = source.bytes().clone();
        int bs = source.blockSize();
        int mutations = in.consumeInt(1, 6);
        for (int m = 0; m < mutations && in.remainingBytes() > 0; m++) {
            Commit c = source.commits().get(in.consumeInt(0, source.commits().size() - 1));
            int[] tags = c.entries().stream().mapToInt(Entry::tag).toArray();
            int kind = in.consumeInt(0, 4);
            if (kind == 4 && c.first()) {
                Le.put32(img, c.block() * bs, in.consumeInt());
            } else if (tags.length > 0) {
                int i = in.consumeInt(0, tags.length - 1);
                int dataLen = LfsTag.dsize(tags[i]) - 4;
                int dataAt = c.block() * bs + c.entries().get(i).off() + 4;
                switch (kind) {
                    case 0 -> { // another type (never a CRC, which would end the commit early)
                        int type = in.consumeInt(0, 0x7FF);
                        if ((type & 0x780) != LfsTag.CCRC >>> 0 && (type & 0x700) != 0x500) {
                            tags[i] = (tags[i] & 0x800FFFFF) | (type << 20);
                        }
                    }
                    case 1 -> tags[i] = (tags[i] & ~(0x3FF << 10)) | (in.consumeInt(0, 0x3FF) << 10);
                    case 2 -> {
                        if (dataLen > 0) {
                            img[dataAt + in.consumeInt(0, dataLen - 1)] = in.consumeByte();
                        }
                    }
                    default -> {
                        if (dataLen >= 4) {
                            Le.put32(img, dataAt + 4 * in.consumeInt(0, dataLen / 4 - 1), in.consumeInt());
                        }
                    }
                }
            }
            rewrite(img, bs, c, tags);
        }
        return img;
    }

    @FuzzTest(maxDuration = "3m")
    void crcFixedMutation(FuzzedDataProvider in) {
        byte[] img = mutate(in);
        int bs = img.length == 128 * 512 ? 512 : 4096;
        ImageExercise.run(() -> new LittleFsFilesystem(new RamDisk(bs, img),
                LittleFsFilesystem.Options.defaults().withClock(() -> 1_700_000_000_000_000_000L, 0)), true);
    }
}
