package org.atazan.consultation;

/**
 * Thrown by a store when a proposal with the same author and idempotency key, or the same channel and
 * external id, was stored by a concurrent request first: the transaction is rolled back (its sequence
 * number with it) and the desk answers with the proposal already stored.
 */
public class DuplicateSubmission extends RuntimeException {
    public DuplicateSubmission(String message, Throwable cause) {
        super(message, cause);
    }
}
