package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.nodes.PyExpressionNode;
import org.mpyjvm.language.nodes.PyRootNode;
import org.mpyjvm.language.nodes.PyStatementNode;
import org.mpyjvm.language.parser.ParseError;

/**
 * Generator functions. NOT IMPLEMENTED YET: {@code yield} and {@code yield from} are reported as a SyntaxError
 * naming the missing feature (the planned design is resumable nodes on a materialized frame, see the report).
 * Generator expressions are handled eagerly by {@link ComprehensionNode}.
 */
public final class GeneratorSupport {
    private GeneratorSupport() {
    }

    public static int reserveSlots(FrameDescriptor.Builder builder, int used) {
        return 0;
    }

    public static RootCallTarget createGeneratorRoot(MpyLanguage language, FrameDescriptor descriptor,
                                                     PyStatementNode body, String name, String file, int parameters,
                                                     int[] cellSlots, boolean[] cellIsParameter,
                                                     SourceSection section, int extra) {
        // Only generator expressions reach here (their body never yields): run them as plain functions.
        return new PyRootNode(language, descriptor, body, name, file, parameters, cellSlots, cellIsParameter, section)
            .getCallTarget();
    }

    public static PyExpressionNode yieldValue(PyExpressionNode value) {
        throw ParseError.syntax(value.getLine(), "yield isn't supported by mpy-jvm yet");
    }

    public static PyExpressionNode yieldFrom(PyExpressionNode value) {
        throw ParseError.syntax(value.getLine(), "yield from isn't supported by mpy-jvm yet");
    }
}
