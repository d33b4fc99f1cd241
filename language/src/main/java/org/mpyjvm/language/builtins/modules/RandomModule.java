package org.mpyjvm.language.builtins.modules;

import org.mpyjvm.language.algorithms.Yasmarang;
import org.mpyjvm.language.errors.Errors;
import org.mpyjvm.language.runtime.BuiltinTypes;
import org.mpyjvm.language.runtime.PyNone;
import org.mpyjvm.language.runtime.PyOps;
import org.mpyjvm.language.spi.Builtin;
import org.mpyjvm.language.spi.BuiltinModule;
import org.mpyjvm.language.spi.ModuleDefinition;

/**
 * random, over lang-pure's {@link Yasmarang}: for a given seed the same numbers as MicroPython. Unseeded, the
 * generator starts from the clock (MicroPython seeds from a hardware source where it has one).
 */
@BuiltinModule("random")
public final class RandomModule implements ModuleDefinition {
    private final Yasmarang generator = new Yasmarang();

    public RandomModule() {
        generator.seed(System.nanoTime());
    }

    @Builtin(name = "seed", minArgs = 0, maxArgs = 1)
    public Object seed(Object[] a) {
        if (a.length == 0 || a[0] == PyNone.INSTANCE) {
            generator.seed(System.nanoTime());
        } else {
            generator.seed(PyOps.big(a[0]).longValue());
        }
        return PyNone.INSTANCE;
    }

    @Builtin(name = "getrandbits", minArgs = 1)
    public Object getrandbits(Object[] a) {
        long k = PyOps.asLong(a[0]);
        if (k < 0 || k > 32) {
            throw Errors.valueError(null);
        }
        return generator.getrandbits(k);
    }

    @Builtin(name = "randint", minArgs = 2)
    public Object randint(Object[] a) {
        long lo = PyOps.asLong(a[0]);
        long hi = PyOps.asLong(a[1]);
        if (hi < lo) {
            throw Errors.valueError(null);
        }
        return generator.randint(lo, hi);
    }

    @Builtin(name = "randrange", minArgs = 1, maxArgs = 3)
    public Object randrange(Object[] a) {
        long start = PyOps.asLong(a[0]);
        if (a.length == 1) {
            if (start <= 0) {
                throw Errors.valueError(null);
            }
            return generator.randrange(start);
        }
        long stop = PyOps.asLong(a[1]);
        if (a.length == 2) {
            if (stop <= start) {
                throw Errors.valueError(null);
            }
            return generator.randrange(start, stop);
        }
        long step = PyOps.asLong(a[2]);
        long n = step > 0 ? (stop - start + step - 1) / step : step < 0 ? (stop - start + step + 1) / step : 0;
        if (n <= 0) {
            throw Errors.valueError(null);
        }
        return generator.randrange(start, stop, step);
    }

    @Builtin(name = "random")
    public Object random(Object[] a) {
        return generator.random();
    }

    @Builtin(name = "uniform", minArgs = 2)
    public Object uniform(Object[] a) {
        return generator.uniform(PyOps.toDouble(a[0]), PyOps.toDouble(a[1]));
    }

    @Builtin(name = "choice", minArgs = 1)
    public Object choice(Object[] a) {
        long len = PyOps.len(a[0]);
        if (len == 0) {
            throw Errors.create(BuiltinTypes.INDEX_ERROR, null);
        }
        return PyOps.getItem(a[0], generator.choiceIndex(len));
    }
}
