package org.mpyjvm.stdlib.vfs;

import java.nio.charset.StandardCharsets;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyTuple;
import org.mpyjvm.runtime.fat.FatFilesystem;
import org.mpyjvm.runtime.fs.DirEntry;
import org.mpyjvm.runtime.fs.Filesystem;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.fs.StatVfs;
import org.mpyjvm.runtime.vfs.Vfs;
import org.mpyjvm.stdlib.session.Session;

/** The tuples {@code os.stat}, {@code os.statvfs} and {@code os.ilistdir} return (os.md 1.1 to 1.3). */
public final class StatTuples {
    private static final long EPOCH_2000 = 946684800L;

    private StatTuples() {
    }

    /**
     * {@code (mode, 0, 0, 0, 0, 0, size, mtime, mtime, mtime)}. FAT times are seconds since 1970 of the entry's
     * local time; ports whose epoch is 2000 count from there instead (so a FAT root reads 0 on them).
     */
    public static PyTuple stat(Stat st, Filesystem fs, Session session) {
        long t = st.mtime();
        if (fs instanceof FatFilesystem && !session.epochIs1970()) {
            t = Math.max(0, t - EPOCH_2000);
        }
        return PyTuple.of((long) st.mode(), 0L, 0L, 0L, 0L, 0L, st.size(), t, t, t);
    }

    public static PyTuple statvfs(StatVfs s) {
        return PyTuple.of(s.bsize(), s.frsize(), s.blocks(), s.bfree(), s.bavail(), s.files(), s.ffree(),
                s.favail(), s.flag(), s.namemax());
    }

    /** {@code (name, type, inode[, size])}: mount points at the virtual root are 3-tuples. */
    public static PyTuple dirEntry(DirEntry e, boolean bytesNames) {
        Object name = bytesNames ? new PyBytes(e.name().getBytes(StandardCharsets.UTF_8)) : e.name();
        if (e.size() == Vfs.NO_SIZE) {
            return PyTuple.of(name, (long) e.type(), e.inode());
        }
        return PyTuple.of(name, (long) e.type(), e.inode(), e.size());
    }
}
