package org.atazan.platform;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** Placeholder for the serve command. */
@Command(name = "serve", description = "Start the web platform.")
public final class ServeCommand implements Callable<Integer> {
    /** Returned by serve so that main does not exit while the server runs. */
    public static final int KEEP_RUNNING = -1;

    @Override
    public Integer call() {
        return KEEP_RUNNING;
    }
}
