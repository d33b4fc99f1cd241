package org.mpyjvm.language.builtins.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.mpyjvm.language.builtins.BuiltinRegistry;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.PyBytes;
import org.mpyjvm.language.runtime.PyClass;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyObject;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;
import org.mpyjvm.language.spi.ModuleSetup;

/**
 * hashlib: sha256, sha1 and md5 (the unix port has all three), over the JDK's digests. As in MicroPython a hash
 * object has update() and digest() only, and digest() finalises it: any later call is "hash is final".
 */
@BuiltinModule("hashlib")
public final class HashlibModule implements ModuleDefinition {
    private static final PyClass SHA256 = hashClass("sha256", "SHA-256");
    private static final PyClass SHA1 = hashClass("sha1", "SHA-1");
    private static final PyClass MD5 = hashClass("md5", "MD5");

    @Override
    public void initialize(ModuleSetup setup) {
        setup.setAttribute("sha256", SHA256);
        setup.setAttribute("sha1", SHA1);
        setup.setAttribute("md5", MD5);
    }

    private static PyClass hashClass(String name, String algorithm) {
        PyClass[] cls = new PyClass[1];
        cls[0] = BuiltinRegistry.nativeClass(name, Methods.class, (args, kw) -> {
            Hash h = new Hash(cls[0], algorithm);
            if (args.length > 0) {
                h.update(PyOps.bytesOf(args[0]));
            }
            return h;
        }, 0, 1, false);
        return cls[0];
    }

    /** One running digest. */
    static final class Hash implements PyObject {
        private final PyClass type;
        private final MessageDigest digest;
        private boolean finalised;

        Hash(PyClass type, String algorithm) {
            this.type = type;
            try {
                this.digest = MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK lacks " + algorithm, e);
            }
        }

        @Override
        public PyClass getPyClass() {
            return type;
        }

        void update(byte[] data) {
            if (finalised) {
                throw Errors.valueError("hash is final");
            }
            digest.update(data);
        }

        byte[] finish() {
            if (finalised) {
                throw Errors.valueError("hash is final");
            }
            finalised = true;
            return digest.digest();
        }
    }

    /** The methods of every hash class. */
    public static final class Methods {
        private Methods() {
        }

        @Builtin(name = "update", minArgs = 2)
        public static Object update(Object[] a) {
            ((Hash) a[0]).update(PyOps.bytesOf(a[1]));
            return PyNone.INSTANCE;
        }

        @Builtin(name = "digest", minArgs = 1)
        public static Object digest(Object[] a) {
            return new PyBytes(((Hash) a[0]).finish());
        }
    }
}
