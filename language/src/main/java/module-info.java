/**
 * The mpy Truffle language: MicroPython's Python on the JVM.
 *
 * <p>Other modules (stdlib) contribute builtin modules through {@link org.mpyjvm.language.spi.ModuleDefinition}
 * (found with {@link java.util.ServiceLoader}) and reach files through {@link org.mpyjvm.language.spi.FileAccess}.
 */
module org.mpyjvm.language {
    requires org.graalvm.truffle;
    requires org.graalvm.polyglot;
    requires org.antlr.antlr4.runtime;

    exports org.mpyjvm.language;
    exports org.mpyjvm.language.spi;
    exports org.mpyjvm.language.parser;
    exports org.mpyjvm.language.runtime;
    exports org.mpyjvm.language.errors;
    exports org.mpyjvm.language.common;
    exports org.mpyjvm.language.builtins;

    uses org.mpyjvm.language.spi.ModuleDefinition;
    uses org.mpyjvm.language.spi.FileAccess;
    uses org.mpyjvm.language.spi.ContextStartup;

    provides org.mpyjvm.language.spi.ModuleDefinition with org.mpyjvm.language.builtins.SysModule,
        org.mpyjvm.language.builtins.modules.ErrnoModule,
        org.mpyjvm.language.builtins.modules.GcModule,
        org.mpyjvm.language.builtins.modules.MicropythonModule,
        org.mpyjvm.language.builtins.modules.TimeModule,
        org.mpyjvm.language.builtins.modules.MathModule,
        org.mpyjvm.language.builtins.modules.CmathModule,
        org.mpyjvm.language.builtins.modules.RandomModule,
        org.mpyjvm.language.builtins.modules.HeapqModule,
        org.mpyjvm.language.builtins.modules.HashlibModule,
        org.mpyjvm.language.builtins.modules.PlatformModule,
        org.mpyjvm.language.builtins.modules.StructModule,
        org.mpyjvm.language.builtins.modules.BinasciiModule,
        org.mpyjvm.language.builtins.modules.IoModule,
        org.mpyjvm.language.builtins.modules.CollectionsModule,
        org.mpyjvm.language.builtins.modules.JsonModule,
        org.mpyjvm.language.builtins.modules.ReModule,
        org.mpyjvm.language.builtins.modules.ArrayModule,
        org.mpyjvm.language.builtins.modules.SelectModule,
        org.mpyjvm.language.builtins.modules.BuiltinsImport,
        org.mpyjvm.language.builtins.modules.uctypes.UctypesModule;
    provides com.oracle.truffle.api.provider.TruffleLanguageProvider with org.mpyjvm.language.MpyLanguageProvider;
}
