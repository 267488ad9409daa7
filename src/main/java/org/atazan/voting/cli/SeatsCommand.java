package org.atazan.voting.cli;

import picocli.CommandLine.Command;

/** Placeholder: filled in by the seats work. */
@Command(name = "seats", description = "(not yet available)")
public final class SeatsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("seats is not built yet");
    }
}
