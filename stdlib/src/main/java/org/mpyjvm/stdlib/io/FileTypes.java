package org.mpyjvm.stdlib.io;

import java.util.List;
import java.util.Set;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.stdlib.bridge.NativeType;
import org.mpyjvm.stdlib.session.Session;

/**
 * The file classes of one run: {@code FileIO} and {@code TextIOWrapper}, and their VfsRom forms, which have no
 * {@code write} or {@code flush} (AttributeError, as upstream).
 */
public final class FileTypes {
    private final PyClass fileIO;
    private final PyClass textIO;
    private final PyClass romFileIO;
    private final PyClass romTextIO;

    public FileTypes(Session session) {
        FileMethods methods = new FileMethods();
        fileIO = NativeType.define("FileIO", methods);
        textIO = NativeType.define("TextIOWrapper", methods);
        Set<String> readOnly = Set.of("write", "flush");
        romFileIO = NativeType.define("FileIO", List.of(methods), Set.of(), readOnly);
        romTextIO = NativeType.define("TextIOWrapper", List.of(methods), Set.of(), readOnly);
    }

    public PyClass of(boolean binary, boolean rom) {
        if (rom) {
            return binary ? romFileIO : romTextIO;
        }
        return binary ? fileIO : textIO;
    }
}
