package org.atazan.consultation;

/** Why one proposal of a bulk selection could not take the action. */
public record BulkFailure(String reference, String reason) {
}
