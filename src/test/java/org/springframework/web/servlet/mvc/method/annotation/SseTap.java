package org.springframework.web.servlet.mvc.method.annotation;

import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A stand-in for the servlet container behind an {@link SseEmitter} (tests only, hence Spring's package: the
 * emitter's handler is package-private): it records what is sent, and a client that {@link #leave()}s makes the
 * next write fail as a closed connection does. Lets a test watch a stream that no HTTP request carries
 * (a second "node" built by hand).
 */
public final class SseTap implements ResponseBodyEmitter.Handler {
    /** Each event sent: its parts (text of the SSE lines, and the data objects as given). */
    private final List<List<Object>> events = new CopyOnWriteArrayList<>();
    private volatile boolean gone;
    private volatile Runnable completion;
    private volatile Consumer<Throwable> error;

    private SseTap() {
    }

    /** Attaches a tap to an emitter, as the container does when the request starts streaming. */
    public static SseTap on(SseEmitter emitter) {
        SseTap tap = new SseTap();
        try {
            emitter.initialize(tap);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tap;
    }

    /** The events sent so far. */
    public List<List<Object>> events() {
        return List.copyOf(events);
    }

    /** The client closes its connection: the next write fails. */
    public void leave() {
        gone = true;
    }

    @Override
    public void send(Object data, MediaType mediaType) throws IOException {
        send(Set.of(new ResponseBodyEmitter.DataWithMediaType(data, mediaType)));
    }

    @Override
    public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) throws IOException {
        if (gone) throw new IOException("Broken pipe (the client has left)");
        List<Object> parts = new ArrayList<>();
        for (ResponseBodyEmitter.DataWithMediaType d : items) parts.add(d.getData());
        events.add(parts);
    }

    @Override
    public void complete() {
        Runnable r = completion;
        if (r != null) r.run();
    }

    @Override
    public void completeWithError(Throwable failure) {
        Consumer<Throwable> e = error;
        if (e != null) e.accept(failure);
        complete();
    }

    @Override
    public void onTimeout(Runnable callback) {
    }

    @Override
    public void onError(Consumer<Throwable> callback) {
        this.error = callback;
    }

    @Override
    public void onCompletion(Runnable callback) {
        this.completion = callback;
    }
}
