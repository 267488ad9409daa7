package org.atazan.platform.events;

import org.atazan.AtazanApplication;
import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The platform as a separate process, plus one decision and one listener, for
 * {@link EventDeliverySurvivesACrashTest}. With {@code --probe.publish=true} it makes a decision at
 * start (a row and a {@link ProbeDecided} event in one unit of work); with {@code --probe.hang=true}
 * its listener stops half-way through delivery, so the test can kill the process right there.
 * Not a component: only this process registers these beans, no other test context sees them.
 */
public class DeliveryProbe {

    /** The probe's decision, announced as the modules announce theirs. */
    public record ProbeDecided(String id) {
    }

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(AtazanApplication.class, DeliveryProbe.class);
        app.run(args);
    }

    @Bean
    ApplicationRunner decide(UnitOfWork unitOfWork, DomainEvents events, JdbcClient jdbc,
                             @Value("${probe.publish:false}") boolean publish, @Value("${probe.id:p-1}") String id) {
        return args -> {
            if (!publish) return;
            unitOfWork.run(() -> {
                jdbc.sql("INSERT INTO probe.decision (id) VALUES (?)").param(id).update();
                events.publish(new ProbeDecided(id));
            });
        };
    }

    @Bean
    Listener probeListener(JdbcClient jdbc, @Value("${probe.dir}") Path dir, @Value("${probe.hang:false}") boolean hang) {
        return new Listener(jdbc, dir, hang);
    }

    static class Listener {
        private final JdbcClient jdbc;
        private final Path dir;
        private final boolean hang;

        Listener(JdbcClient jdbc, Path dir, boolean hang) {
            this.jdbc = jdbc;
            this.dir = dir;
            this.hang = hang;
        }

        @ApplicationModuleListener
        void on(ProbeDecided event) throws InterruptedException {
            try {
                Files.writeString(dir.resolve("handling-" + event.id()), "");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (hang) new CountDownLatch(1).await(); // the process is killed here, mid-delivery
            jdbc.sql("INSERT INTO probe.handled (id) VALUES (?)").param(event.id()).update();
        }
    }
}
