package org.atazan.platform.cli;

/** Input a command cannot accept (kept for the command line; see the kernel's exception). */
public class BadInputException extends org.atazan.kernel.BadInputException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
