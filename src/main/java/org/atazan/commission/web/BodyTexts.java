package org.atazan.commission.web;

import org.atazan.consultation.LanguageDetector;

import java.util.List;
import java.util.Map;

/**
 * A body's texts typed in one language (agenda items, the place, offices) as a page in another shows them: the
 * translation when the body has one, else the text as typed with its language marked ("(in Russian)"), as the
 * platform does for its one-language sources. Public, with public methods, for the templates.
 */
public final class BodyTexts {
    private final Map<String, String> translations;
    private final String reader;
    private final Map<String, String> notes;

    /** @param notes "(in Russian)" and the like in the reader's language, by language code */
    BodyTexts(Map<String, String> translations, String reader, Map<String, String> notes) {
        this.translations = translations;
        this.reader = reader;
        this.notes = notes;
    }

    public String text(String source) {
        if (source == null) return null;
        return translations.getOrDefault(source, source);
    }

    public List<String> texts(List<String> sources) {
        return sources.stream().map(this::text).toList();
    }

    /** The language the text is shown in, for a {@code lang} attribute ("" when it has no letters). */
    public String lang(String source) {
        if (source == null || translations.containsKey(source)) return reader;
        return LanguageDetector.detect(source).map(l -> l.code()).orElse(reader);
    }

    /** "(in Russian)" when the text is shown as typed in a language other than the reader's, else "". */
    public String note(String source) {
        String lang = lang(source);
        return lang.equals(reader) ? "" : notes.getOrDefault(lang, "");
    }
}
