package org.atazan.commission;

import java.util.Map;

/**
 * A text of a body typed in one language that its pages show translated: an agenda item's title, a meeting's
 * place, a member's public name (the offices the chair and deputies are named by). {@code translations}: the
 * language code (kk, ru, en) to the translation, for the languages it has one in.
 */
public record BodyText(Kind kind, String source, Map<String, String> translations) {
    public enum Kind { ITEM, PLACE, MEMBER }

    public BodyText {
        translations = Map.copyOf(translations);
    }
}
