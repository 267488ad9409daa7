package org.atazan.voting.cli;

/** How a voting command prints its result. */
public enum OutputFormat {
    json, text
}
