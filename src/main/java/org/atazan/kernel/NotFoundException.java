package org.atazan.kernel;

/** Something asked for by name or number that does not exist; pages and API answer 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
