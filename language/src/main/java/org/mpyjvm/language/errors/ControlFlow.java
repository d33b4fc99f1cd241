package org.mpyjvm.language.errors;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** The non-exceptional jumps: break, continue and return unwind through Java exceptions, as in SimpleLanguage. */
public final class ControlFlow {
    private ControlFlow() {
    }

    public static final class Break extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final Break INSTANCE = new Break();
    }

    public static final class Continue extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final Continue INSTANCE = new Continue();
    }

    public static final class Return extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        private final Object value;

        public Return(Object value) {
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }

    /** A generator body suspends at a yield: the value goes to the consumer, the frame keeps the position. */
    public static final class Yield extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        private final Object value;

        public Yield(Object value) {
            this.value = value;
        }

        public Object value() {
            return value;
        }
    }
}
