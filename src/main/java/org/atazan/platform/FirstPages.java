package org.atazan.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The pages a visitor opens first, asked for by the platform itself once it is ready, on a thread of its own:
 * <ul>
 * <li>after {@code serve}'s start ({@code atazan.first-pages=true}, which serve sets), so that the first visitor
 * does not wait a second for what a first request initialises (the dispatcher, templates, messages, the
 * security chain); the platform answers meanwhile, as at any time;</li>
 * <li>in the launcher's training run ({@code atazan.training=true}), which then stops, so that the JVM's class
 * archive or AOT cache written at exit holds what a whole start and a first page load and profile, not only
 * the context's refresh.</li>
 * </ul>
 * Any other start (the tests') leaves it idle.
 */
@Component
class FirstPages {
    private static final Logger log = LoggerFactory.getLogger(FirstPages.class);
    /** A page of each kind a visitor opens first, and what a health check asks. */
    static final List<String> PAGES = List.of("/", "/charters", "/record", "/api/charters", "/actuator/health");

    private final boolean warmUp;
    private final boolean training;
    private final IntConsumer exit;

    @Autowired
    FirstPages(@Value("${atazan.first-pages:false}") boolean warmUp, @Value("${atazan.training:false}") boolean training) {
        this(warmUp, training, System::exit);
    }

    FirstPages(boolean warmUp, boolean training, IntConsumer exit) {
        this.warmUp = warmUp;
        this.training = training;
        this.exit = exit;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) return;
        URI base = URI.create("http://127.0.0.1:" + web.getWebServer().getPort());
        if (training) train(base, event.getApplicationContext());
        else if (warmUp) warmUp(base);
    }

    /** Asks for the pages (the ready event's other listeners run on, as in any start), then stops the platform. */
    Thread train(URI base, ApplicationContext context) {
        Thread t = new Thread(() -> {
            Map<String, Integer> answers = visit(base, PAGES);
            log.info("Training run: {}; stopping", answers);
            exit.accept(SpringApplication.exit(context));
        }, "training-run");
        t.start();
        return t;
    }

    /** Asks for the pages and says how long they took; a daemon: a stop does not wait for it. */
    Thread warmUp(URI base) {
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            Map<String, Integer> answers = visit(base, PAGES);
            log.info("First pages ready in {} ms: {}", (System.nanoTime() - start) / 1_000_000, answers);
        }, "first-pages");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Each page's status (or -1 when it did not answer); bounded in time so that a training run always ends. */
    static Map<String, Integer> visit(URI base, List<String> pages) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(page)).timeout(Duration.ofSeconds(20)).build();
            try {
                answers.put(page, http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                answers.put(page, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answers.put(page, -1);
                break;
            }
        }
        return answers;
    }
}
