package org.atazan.systematization;

/** A text with the identifier it is reported by (a proposal's reference, a row's id). */
public record IdText(String id, String text) {
}
