package org.atazan;

import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns bad input into one clear line on stderr and exit status 2; anything else is a bug and keeps
 * its stack trace (status 1).
 */
public final class BadInputHandler implements CommandLine.IExecutionExceptionHandler {

    /** Exit status for input the command cannot accept. */
    public static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (isBadInput(ex)) {
            cmd.getErr().println(cmd.getColorScheme().errorText("atazan: " + ex.getMessage()));
            return BAD_INPUT;
        }
        throw new IllegalStateException(ex);
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof org.atazan.kernel.BadInputException
                || ex instanceof IOException
                || ex instanceof UncheckedIOException
                || ex instanceof IllegalArgumentException;
    }
}
