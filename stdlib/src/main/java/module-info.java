/**
 * The Python modules scripts import ({@code vfs}, {@code os}, {@code zephyr}, {@code mimxrt},
 * {@code spark}), the board session that binds the language to the storage engine and the boards, and the
 * {@code open} builtin.
 */
module org.mpyjvm.stdlib {
    requires org.mpyjvm.language;
    requires org.mpyjvm.ports;
    requires org.mpyjvm.runtime;
    requires org.graalvm.truffle;

    exports org.mpyjvm.stdlib.blockdev;
    exports org.mpyjvm.stdlib.bridge;
    exports org.mpyjvm.stdlib.circuitpython;
    exports org.mpyjvm.stdlib.fuzz;
    exports org.mpyjvm.stdlib.io;
    exports org.mpyjvm.stdlib.os;
    exports org.mpyjvm.stdlib.ports;
    exports org.mpyjvm.stdlib.session;
    exports org.mpyjvm.stdlib.vfs;

    provides org.mpyjvm.language.spi.ModuleDefinition with org.mpyjvm.stdlib.vfs.VfsModule,
        org.mpyjvm.stdlib.os.OsModule, org.mpyjvm.stdlib.ports.ZephyrModule,
        org.mpyjvm.stdlib.ports.MimxrtModule, org.mpyjvm.stdlib.ports.SparkModule,
        org.mpyjvm.stdlib.circuitpython.StorageModule, org.mpyjvm.stdlib.circuitpython.BoardModule,
        org.mpyjvm.stdlib.circuitpython.BusioModule, org.mpyjvm.stdlib.circuitpython.MicrocontrollerModule,
        org.mpyjvm.stdlib.fuzz.FuzzModule;
    provides org.mpyjvm.language.spi.FileAccess with org.mpyjvm.stdlib.session.DeviceFileAccess;
    provides org.mpyjvm.language.spi.ContextStartup with org.mpyjvm.stdlib.session.SessionStartup;
}
