package org.atazan.voting.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The protocol file and its column mapping, as {@code tally} and {@code forensics} take them. */
final class ProtocolFile {
    @Parameters(index = "0", paramLabel = "FILE", description = "protocol file (CSV or zipped CSV)")
    Path file;

    @Option(names = "--mapping", required = true, description = "shipped mapping name (e.g. ru-2020) or a properties file")
    String mapping;
}
