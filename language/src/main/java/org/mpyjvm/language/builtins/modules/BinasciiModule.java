package org.mpyjvm.language.builtins.modules;

import java.nio.charset.StandardCharsets;
import org.mpyjvm.language.algorithms.Binascii;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyKeywords;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/** binascii: the unix port's five functions over lang-pure's {@link Binascii}; text arguments may be str or bytes. */
@BuiltinModule("binascii")
public final class BinasciiModule implements ModuleDefinition {
    private static byte[] data(Object o) {
        return o instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : PyOps.bytesOf(o);
    }

    @Builtin(name = "hexlify", minArgs = 1, maxArgs = 2)
    public static Object hexlify(Object[] a) {
        byte[] sep = a.length > 1 && a[1] != PyNone.INSTANCE ? data(a[1]) : null;
        return new PyBytes(Binascii.hexlify(data(a[0]), sep));
    }

    @Builtin(name = "unhexlify", minArgs = 1)
    public static Object unhexlify(Object[] a) {
        return new PyBytes(Binascii.unhexlify(data(a[0])));
    }

    @Builtin(name = "a2b_base64", minArgs = 1)
    public static Object a2bBase64(Object[] a) {
        return new PyBytes(Binascii.a2bBase64(data(a[0])));
    }

    @Builtin(name = "b2a_base64", minArgs = 1, keywords = true)
    public static Object b2aBase64(Object[] a, PyKeywords kw) {
        Object newline = kw.get("newline");
        return new PyBytes(Binascii.b2aBase64(data(a[0]), newline == null || PyOps.isTrue(newline)));
    }

    @Builtin(name = "crc32", minArgs = 1, maxArgs = 2)
    public static Object crc32(Object[] a) {
        return Binascii.crc32(data(a[0]), a.length > 1 ? PyOps.big(a[1]).longValue() : 0);
    }
}
