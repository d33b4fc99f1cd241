package org.mpyjvm.language.spi;

import org.mpyjvm.language.MpyContext;
import org.mpyjvm.language.runtime.PyList;

/**
 * What a module provider may touch of the import system (whose package is internal): {@code sys.path}, importing a
 * module from Java, and forgetting a module whose initialisation refused to load (a port module on another board).
 */
public final class ImportState {
    private ImportState() {
    }

    /** The {@code sys.path} list itself. */
    public static PyList sysPath(MpyContext context) {
        return context.getImporter().path();
    }

    /** {@code import name}, from Java. */
    public static Object importModule(MpyContext context, String name) {
        return context.getImporter().importModule(name);
    }

    /** Removes {@code name} from {@code sys.modules}. */
    public static void forget(MpyContext context, String name) {
        context.getImporter().modules().storage().remove(name);
    }
}
