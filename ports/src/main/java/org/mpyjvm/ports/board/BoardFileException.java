package org.mpyjvm.ports.board;

/** A board file that cannot be read: the message names the file and line. */
public class BoardFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BoardFileException(String message) {
        super(message);
    }
}
