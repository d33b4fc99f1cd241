package org.mpyjvm.runtime.blockdev;

/** Told about every strict-mode violation before the program command fails (the CLI prints one line). */
@FunctionalInterface
public interface NorViolationListener {
    void onViolation(NorViolation violation);
}
