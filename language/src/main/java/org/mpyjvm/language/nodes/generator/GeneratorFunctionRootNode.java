package org.mpyjvm.language.nodes.generator;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.source.SourceSection;
import org.mpyjvm.language.MpyLanguage;
import org.mpyjvm.language.nodes.FrameSetupNode;
import org.mpyjvm.language.nodes.PythonRootNode;
import org.mpyjvm.language.runtime.PyGenerator;

/**
 * What calling a generator function runs: binds the parameters into a fresh frame exactly as a plain function
 * would, then keeps that frame (materialized) in a new {@link PyGenerator}; the body runs only when the generator
 * is resumed, through {@link GeneratorBodyRootNode}.
 */
public final class GeneratorFunctionRootNode extends PythonRootNode {
    @Child private FrameSetupNode setup;
    private final RootCallTarget body;
    private final PyGenerator.Slots slots;

    public GeneratorFunctionRootNode(MpyLanguage language, FrameDescriptor descriptor, FrameSetupNode setup,
                                     String name, String fileName, RootCallTarget body, PyGenerator.Slots slots,
                                     SourceSection sourceSection) {
        super(language, descriptor, name, fileName, sourceSection);
        this.setup = setup;
        this.body = body;
        this.slots = slots;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        setup.execute(frame);
        frame.setBoolean(slots.resuming(), false);
        return new PyGenerator(getName(), body, frame.materialize(), slots);
    }
}
