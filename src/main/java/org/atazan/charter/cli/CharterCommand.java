package org.atazan.charter.cli;

import picocli.CommandLine.Command;

/** Placeholder: filled in by the charter work. */
@Command(name = "charter", description = "(not yet available)")
public final class CharterCommand implements Runnable {
    @Override
    public void run() {
        throw new UnsupportedOperationException("charter is not built yet");
    }
}
