package org.mpyjvm.ports.check;

/** One problem a board-profile check found, with the line that causes it (line 0: the file as a whole). */
public record Finding(Severity severity, String file, int line, String message, String lineText) {
    public enum Severity { ERROR, WARNING }

    /** {@code file:line: error: message}, then the offending line indented (when there is one). */
    @Override
    public String toString() {
        String head = file + (line > 0 ? ":" + line : "") + ": " + severity.name().toLowerCase() + ": " + message;
        return lineText == null || lineText.isBlank() ? head : head + "\n    " + lineText.strip();
    }
}
