package org.mpyjvm.ports.board;

/** {@code --board} names no known board; the message is one line listing the known ones. */
public class UnknownBoardException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnknownBoardException(String message) {
        super(message);
    }
}
