package org.mpyjvm.runtime.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.mpyjvm.runtime.Errno;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.blockdev.BlockDevice;
import org.mpyjvm.runtime.blockdev.NorFlash;
import org.mpyjvm.runtime.blockdev.RamDisk;

class FilesystemDetectorTest {
    /** The repository root (the folder with pom.xml and .git), then its sibling {@code shared/fixtures}. */
    static Path fixtures() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.exists(dir.resolve(".git")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root not found above " + Paths.get("").toAbsolutePath());
        }
        return dir.resolve("../shared/fixtures").normalize();
    }

    static byte[] gunzip(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(fixtures().resolve(name)))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "lfs1-b4096-n64.img.gz, 4096, LFS1",
        "lfs2-b4096-n64.img.gz, 4096, LFS2",
        "lfs2-b512-n128.img.gz, 512, LFS2",
        "lfs2-mtime-b4096-n64.img.gz, 4096, LFS2",
        "fat-b512-n1024.img.gz, 512, FAT",
        "fat-b4096-n256.img.gz, 4096, FAT",
        "fat-empty-b512-n50.img.gz, 512, FAT",
    })
    void detectsTheReferenceImages(String image, int blockSize, DetectedFilesystem expected) throws IOException {
        assertEquals(expected, FilesystemDetector.detect(new RamDisk(blockSize, gunzip(image))));
    }

    @Test
    void magicInBlockOneIsFoundWhenBlockZeroIsBlank() throws IOException, StorageException {
        // Both superblock copies (blocks 0 and 1) of the fixtures carry the magic; blank block 0.
        RamDisk v2 = new RamDisk(4096, gunzip("lfs2-b4096-n64.img.gz"));
        v2.erase(0);
        assertEquals(DetectedFilesystem.LFS2, FilesystemDetector.detect(v2));
        RamDisk v1 = new RamDisk(4096, gunzip("lfs1-b4096-n64.img.gz"));
        v1.erase(0);
        assertEquals(DetectedFilesystem.LFS1, FilesystemDetector.detect(v1));
        v1.erase(1);
        assertEquals(DetectedFilesystem.FAT, FilesystemDetector.detect(v1));
    }

    @Test
    void blankOrErasedDevicesFallBackToFat() {
        assertEquals(DetectedFilesystem.FAT, FilesystemDetector.detect(new RamDisk(512, 64)));
        assertEquals(DetectedFilesystem.FAT, FilesystemDetector.detect(NorFlash.inMemory(4096, 8, 256)));
    }

    @Test
    void failingReadsAreSwallowedAndSkipped() throws IOException {
        List<Long> tried = new ArrayList<>();
        RamDisk lfs = new RamDisk(4096, gunzip("lfs2-b4096-n64.img.gz"));
        BlockDevice failingBlockZero = new ForwardingDevice(lfs) {
            @Override
            public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
                tried.add(block);
                if (block == 0) {
                    throw new StorageException(Errno.EIO);
                }
                super.read(block, offset, dst, dstOff, len);
            }
        };
        DetectedFilesystem got = FilesystemDetector.detect(failingBlockZero);
        assertEquals(List.of(0L, 1L), tried.subList(0, 2));
        // Block 1 holds the other superblock copy, which carries the magic as well.
        assertEquals(DetectedFilesystem.LFS2, got);

        BlockDevice throwingJava = new ForwardingDevice(lfs) {
            @Override
            public void read(long block, int offset, byte[] dst, int dstOff, int len) {
                throw new IllegalStateException("readblocks takes 2 positional arguments");
            }
        };
        assertEquals(DetectedFilesystem.FAT, FilesystemDetector.detect(throwingJava));

        BlockDevice simpleOnly = new ForwardingDevice(lfs) {
            @Override
            public boolean supportsExtended() {
                return false;
            }
        };
        assertEquals(DetectedFilesystem.FAT, FilesystemDetector.detect(simpleOnly));
    }

    /** Delegates everything; tests override one method. */
    static class ForwardingDevice implements BlockDevice {
        private final BlockDevice inner;

        ForwardingDevice(BlockDevice inner) {
            this.inner = inner;
        }

        @Override
        public int blockSize() throws StorageException {
            return inner.blockSize();
        }

        @Override
        public long blockCount() throws StorageException {
            return inner.blockCount();
        }

        @Override
        public void read(long block, int offset, byte[] dst, int dstOff, int len) throws StorageException {
            inner.read(block, offset, dst, dstOff, len);
        }

        @Override
        public void writeBlocks(long block, byte[] src, int srcOff, int len) throws StorageException {
            inner.writeBlocks(block, src, srcOff, len);
        }

        @Override
        public void program(long block, int offset, byte[] src, int srcOff, int len) throws StorageException {
            inner.program(block, offset, src, srcOff, len);
        }

        @Override
        public void erase(long block) throws StorageException {
            inner.erase(block);
        }
    }
}
