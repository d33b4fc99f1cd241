package org.mpyjvm.stdlib.session;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.FileAccess;
import org.mpyjvm.runtime.StorageException;
import org.mpyjvm.runtime.fs.FileHandle;
import org.mpyjvm.runtime.fs.OpenMode;
import org.mpyjvm.runtime.fs.Stat;
import org.mpyjvm.runtime.vfs.PathResolution;
import org.mpyjvm.stdlib.vfs.PythonFilesystem;

/**
 * How {@code import} reads {@code .py} modules and packages: through the board's mount table, so whatever is
 * mounted ({@code /rom}, {@code /flash}, the unix root, a user filesystem) serves imports from {@code sys.path}.
 */
public final class DeviceFileAccess implements FileAccess {
    @Override
    public void configure(Map<String, String> env) {
        // The session is built by SessionStartup; every call looks it up for the running context.
    }

    @Override
    public Kind stat(String path) {
        Session session = Session.current();
        PathResolution r = session.vfs().resolve(path);
        try {
            if (r.kind() == PathResolution.Kind.MOUNT && r.mount().fs() instanceof PythonFilesystem p) {
                long mode = PyOps.asLong(PyOps.getItem(p.call("stat", r.path()), 0L));
                return mode == 0x4000 ? Kind.DIRECTORY : Kind.FILE;
            }
            Stat st = session.vfs().stat(path);
            return st.isDir() ? Kind.DIRECTORY : Kind.FILE;
        } catch (StorageException | RuntimeException e) {
            // A Python filesystem's stat raising OSError means the same as ENOENT here.
            return Kind.MISSING;
        }
    }

    @Override
    public byte[] read(String path) throws IOException {
        Session session = Session.current();
        PathResolution r = session.vfs().resolve(path);
        if (r.kind() == PathResolution.Kind.MOUNT && r.mount().fs() instanceof PythonFilesystem p) {
            Object f = p.call("open", r.path(), "rb");
            return org.mpyjvm.stdlib.bridge.Buffers.bytesOrText(PyOps.invoke(f, "read"));
        }
        try {
            FileHandle h = session.vfs().open(path, OpenMode.READ);
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[4096];
                for (int n = h.read(chunk, 0, chunk.length); n > 0; n = h.read(chunk, 0, chunk.length)) {
                    out.write(chunk, 0, n);
                }
                return out.toByteArray();
            } finally {
                h.close();
            }
        } catch (StorageException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
