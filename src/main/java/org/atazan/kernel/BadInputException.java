package org.atazan.kernel;

/**
 * Input the platform cannot accept, with a message that names where (file, line, field, station)
 * and what is wrong. The CLI turns it into exit status 2, the API into a 4xx problem.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
