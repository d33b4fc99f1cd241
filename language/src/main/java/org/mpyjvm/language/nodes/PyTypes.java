package org.mpyjvm.language.nodes;

import com.oracle.truffle.api.dsl.TypeSystem;

/** The DSL type system: Python ints are long when they fit, floats are double. */
@TypeSystem({long.class, double.class, boolean.class})
public abstract class PyTypes {
}
