package org.atazan.voting.cli;

import picocli.CommandLine.Command;

/** Placeholder: filled in by the forensics work. */
@Command(name = "forensics", description = "(not yet available)")
public final class ForensicsCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("forensics is not built yet");
    }
}
