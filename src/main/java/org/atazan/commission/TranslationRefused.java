package org.atazan.commission;

import org.atazan.kernel.BadInputException;

/**
 * A translation of a body's text not accepted: which {@code problem}, for which language and source text (null when
 * the whole request is refused), so that a form can say it at the field in the reader's language. Nothing is stored.
 */
public class TranslationRefused extends BadInputException {
    public enum Problem { TOO_MANY, LANGUAGE, TOO_LONG, CONTROL_CHARACTER, NOT_A_TEXT }

    private final Problem problem;
    private final String language;
    private final String source;

    public TranslationRefused(Problem problem, String language, String source, String detail) {
        super(detail);
        this.problem = problem;
        this.language = language;
        this.source = source;
    }

    public Problem problem() {
        return problem;
    }

    public String language() {
        return language;
    }

    public String source() {
        return source;
    }
}
