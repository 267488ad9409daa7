package org.atazan.platform;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A first page of each kind, asked for after serve's start, and in the launcher's training run, which then stops the platform whatever they answered. */
class FirstPagesTest {
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private URI base;

    @BeforeEach
    void server() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().getPath());
            // One page failing must not keep the run from ending.
            int status = exchange.getRequestURI().getPath().equals("/record") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksForEachPageInTurnAndSaysWhatEachAnswered() {
        assertThat(FirstPages.visit(base, FirstPages.PAGES))
                .containsEntry("/", 200).containsEntry("/record", 500).containsEntry("/actuator/health", 200)
                .hasSize(FirstPages.PAGES.size());
        assertThat(asked).containsExactlyElementsOf(FirstPages.PAGES);
    }

    @Test
    void aPlatformThatDoesNotAnswerStillEndsTheRun() {
        server.stop(0);
        assertThat(FirstPages.visit(base, List.of("/"))).containsEntry("/", -1);
    }

    @Test
    void afterThePagesTheContextClosesAndTheProcessExitsWithSuccess() throws InterruptedException {
        AtomicInteger status = new AtomicInteger(-1);
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        new FirstPages(false, true, status::set).train(base, context).join(60_000);
        assertThat(asked).containsExactlyElementsOf(FirstPages.PAGES);
        assertThat(context.isActive()).as("closed before the exit").isFalse();
        assertThat(status).hasValue(0);
    }

    @Test
    void afterServesStartThePagesAreAskedForAndThePlatformRunsOn() throws InterruptedException {
        AtomicInteger status = new AtomicInteger(-1);
        new FirstPages(true, false, status::set).warmUp(base).join(60_000);
        assertThat(asked).containsExactlyElementsOf(FirstPages.PAGES);
        assertThat(status).as("no exit").hasValue(-1);
    }
}
