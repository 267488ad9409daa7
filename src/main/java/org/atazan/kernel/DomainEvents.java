package org.atazan.kernel;

/**
 * Where a module's core announces a public decision it made, as a past-tense record
 * ({@code ProtocolAccepted}, {@code CharterVersionPublished}). Call it inside the decision's
 * {@link UnitOfWork}: the event is kept with the decision, in the same transaction, and delivered to
 * other modules after it commits.
 */
@FunctionalInterface
public interface DomainEvents {

    void publish(Object event);

    /** For plain-Java use without a platform (command line, unit tests): nobody listens. */
    DomainEvents NONE = event -> { };
}
