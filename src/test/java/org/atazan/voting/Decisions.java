package org.atazan.voting;

import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A unit of work and its events as the platform gives them, in memory: an event is published only
 * inside a unit of work (else it throws, like the platform) and delivered only if the unit of work
 * returns normally; a decision that throws delivers nothing.
 */
final class Decisions implements UnitOfWork, DomainEvents {
    /** Events of the decisions that completed, in order. */
    final List<Object> delivered = new ArrayList<>();
    private List<Object> pending;

    @Override
    public <T> T call(Supplier<T> decision) {
        if (pending != null) return decision.get();
        pending = new ArrayList<>();
        try {
            T result = decision.get();
            delivered.addAll(pending);
            return result;
        } finally {
            pending = null;
        }
    }

    @Override
    public void publish(Object event) {
        if (pending == null) throw new IllegalStateException(event.getClass().getSimpleName() + " published outside a unit of work");
        pending.add(event);
    }

    <E> List<E> of(Class<E> type) {
        return delivered.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
