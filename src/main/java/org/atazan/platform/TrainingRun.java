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
 * The launcher's training run ({@code atazan.training=true}): once the platform is ready it asks itself for
 * a few pages and stops, so that the JVM's class archive or AOT cache written at exit holds what a whole
 * start loads and profiles (the web server's start, the ready listeners, a first page), not only the
 * context's refresh. Any other start leaves it idle.
 */
@Component
class TrainingRun {
    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);
    /** A page of each kind a visitor opens first, and what a health check asks. */
    static final List<String> PAGES = List.of("/", "/charters", "/record", "/api/charters", "/actuator/health");

    private final boolean training;
    private final IntConsumer exit;

    @Autowired
    TrainingRun(@Value("${atazan.training:false}") boolean training) {
        this(training, System::exit);
    }

    TrainingRun(boolean training, IntConsumer exit) {
        this.training = training;
        this.exit = exit;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!training || !(event.getApplicationContext() instanceof WebServerApplicationContext web)) return;
        train(URI.create("http://127.0.0.1:" + web.getWebServer().getPort()), event.getApplicationContext());
    }

    /** Asks for the pages on a thread of its own (the ready event's other listeners run on, as in any start), then stops. */
    Thread train(URI base, ApplicationContext context) {
        Thread t = new Thread(() -> {
            Map<String, Integer> answers = visit(base, PAGES);
            log.info("Training run: {}; stopping", answers);
            exit.accept(SpringApplication.exit(context));
        }, "training-run");
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
