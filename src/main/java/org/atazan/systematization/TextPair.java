package org.atazan.systematization;

/** Two short texts whose similarity is asked for. */
public record TextPair(String first, String second) {
}
