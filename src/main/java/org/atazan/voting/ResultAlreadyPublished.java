package org.atazan.voting;

/** Publishing again would say nothing new: the latest publication already has the current figures. */
public final class ResultAlreadyPublished extends RuntimeException {
    public ResultAlreadyPublished(String message) {
        super(message);
    }
}
