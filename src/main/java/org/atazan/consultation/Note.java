package org.atazan.consultation;

import java.time.Instant;

/** An internal note of the secretariat on a proposal: never public, never in open data. */
public record Note(String author, String text, Instant at) {
}
