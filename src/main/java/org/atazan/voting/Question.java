package org.atazan.voting;

import org.atazan.kernel.BadInputException;

/** One yes/no question put to a referendum: its id in protocols ("1", "2", ...) and its wording. */
public record Question(String id, String text) {
    public Question {
        if (id == null || id.isBlank()) throw new BadInputException("question: id is empty");
        id = id.strip();
        text = text == null ? "" : text.strip();
    }
}
