package org.atazan.platform.db;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the settings are known, so that the
 * server starts while Spring reads and wires the beans (about a second of every start) instead of
 * after them. {@link DatabaseConfiguration} takes the server over; if the context fails first, the
 * server is stopped with it. Nothing happens when an external database is set.
 */
public final class EarlyDatabaseStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The name under which the start in progress is registered. */
    public static final String BEAN = "atazan.earlyDatabaseStart";
    private static final Logger log = LoggerFactory.getLogger(EarlyDatabaseStart.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        // Spring's AOT processing at build wires bean definitions only: no database to start.
        if (Boolean.getBoolean("spring.aot.processing")) return;
        Environment env = context.getEnvironment();
        String url = env.getProperty("atazan.db.url");
        if (url != null && !url.isBlank()) return;
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) return;
        Path dir = DatabaseConfiguration.postgresDirectory(env.getProperty("atazan.data-dir", "data"));
        Started started = new Started(dir);
        beans.registerSingleton(BEAN, started);
        beans.registerDisposableBean(BEAN, started);
    }

    /** The server being started for one directory; taken over once by the configuration. */
    public static final class Started implements DisposableBean {
        private final Path directory;
        private final CompletableFuture<EmbeddedDatabase> server;
        private boolean taken;

        Started(Path directory) {
            this.directory = directory;
            log.info("Starting the embedded PostgreSQL in {}", directory);
            this.server = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    server.complete(EmbeddedDatabase.start(directory, false));
                } catch (Throwable e) {
                    server.completeExceptionally(e);
                }
            }, "embedded-postgres-start");
            t.setDaemon(true);
            t.start();
        }

        /** The started server for {@code dir}, or null when this start was for another directory. */
        synchronized EmbeddedDatabase take(Path dir) {
            if (taken || !directory.equals(dir)) return null;
            taken = true;
            try {
                return server.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                throw e;
            }
        }

        /** Whether the platform's configuration uses this server (rather than starting its own). */
        public synchronized boolean takenOver() {
            return taken && server.isDone() && !server.isCompletedExceptionally();
        }

        @Override
        public synchronized void destroy() {
            if (taken) return;
            taken = true;
            try {
                server.join().close();
            } catch (CompletionException e) {
                // It never started: nothing to stop; the configuration has reported why, or will.
            }
        }
    }
}
