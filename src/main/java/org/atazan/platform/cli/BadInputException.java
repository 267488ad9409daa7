package org.atazan.platform.cli;

/** Input a command cannot accept, with a message that names the file, line and field. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
