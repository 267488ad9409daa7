package org.atazan.voting.cli;

import picocli.CommandLine.Command;

/** Placeholder: filled in by the tally work. */
@Command(name = "tally", description = "(not yet available)")
public final class TallyCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("tally is not built yet");
    }
}
