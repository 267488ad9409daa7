package org.atazan.commission;

import java.time.Instant;

/** A body's secretary or chair set ({@code translated}) or removed ({@code removed}) translations of its texts into a language. */
public record BodyTextsTranslated(String bodyId, String language, int translated, int removed, Instant at, String by) {
}
