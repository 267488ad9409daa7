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

/** The launcher's training run asks for a first page of each kind, then stops the platform whatever they answered. */
class TrainingRunTest {
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
        assertThat(TrainingRun.visit(base, TrainingRun.PAGES))
                .containsEntry("/", 200).containsEntry("/record", 500).containsEntry("/actuator/health", 200)
                .hasSize(TrainingRun.PAGES.size());
        assertThat(asked).containsExactlyElementsOf(TrainingRun.PAGES);
    }

    @Test
    void aPlatformThatDoesNotAnswerStillEndsTheRun() {
        server.stop(0);
        assertThat(TrainingRun.visit(base, List.of("/"))).containsEntry("/", -1);
    }

    @Test
    void afterThePagesTheContextClosesAndTheProcessExitsWithSuccess() throws InterruptedException {
        AtomicInteger status = new AtomicInteger(-1);
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        new TrainingRun(true, status::set).train(base, context).join(60_000);
        assertThat(asked).containsExactlyElementsOf(TrainingRun.PAGES);
        assertThat(context.isActive()).as("closed before the exit").isFalse();
        assertThat(status).hasValue(0);
    }
}
