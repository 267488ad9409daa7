package org.atazan.charter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test-only listener, as another module would be (a public record): it is what makes the registry
 * keep each charter event in {@code event_publication} until it is handled, and it notes whether the
 * publication row was there, committed, while the event was being delivered.
 */
@Component
public class CharterEventsProbe {

    /** One delivery: the event, and how many publication rows held it at that moment. */
    public record Delivery(Object event, int publicationRows) {
    }

    private final JdbcClient jdbc;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    CharterEventsProbe(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    public void on(CharterCreated event) {
        deliveries.add(new Delivery(event, rows(event.getClass(), event.charterId())));
    }

    @ApplicationModuleListener
    public void on(CharterVersionPublished event) {
        deliveries.add(new Delivery(event, rows(event.getClass(), event.charterId())));
    }

    /** This listener's publication rows of one event type that name this charter (other listeners have their own). */
    public int rows(Class<?> type, String charterId) {
        return jdbc.sql("SELECT count(*) FROM event_publication WHERE event_type = ? AND serialized_event LIKE ?"
                        + " AND listener_id LIKE ?")
                .params(type.getName(), "%\"charterId\":\"" + charterId + "\"%", "%" + CharterEventsProbe.class.getSimpleName() + "%")
                .query(Integer.class).single();
    }

    private static String charterOf(Object event) {
        if (event instanceof CharterCreated c) return c.charterId();
        if (event instanceof CharterVersionPublished v) return v.charterId();
        return null;
    }

    public List<Delivery> deliveries(String charterId) {
        return deliveries.stream().filter(d -> charterId.equals(charterOf(d.event()))).toList();
    }
}
