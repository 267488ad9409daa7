package org.atazan.record.web;

import org.atazan.record.PublicRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The sentence another module's page shows about a decision's entry in the public record ("… is entry 48,211 of
 * the public record"), in the reader's language, with the link to the entry's page and its proof: one wording for
 * the proposals', protocols', versions' and votes' pages.
 */
@Component
class EntryLines {
    private final PublicRecord record;
    private final MessageSource messages;

    EntryLines(PublicRecord record, MessageSource messages) {
        this.record = record;
        this.messages = messages;
    }

    /** A sentence and its link; each module's page takes it as its own kind of line. */
    record EntryLine(String text, String linkText, String link) {
    }

    /** The latest entry of this kind about this object, empty until it is in the log. */
    OptionalLong entryOf(String kind, String object) {
        return record.entryFor(kind, object);
    }

    /** Whether an entry of this kind about this object is queued for the log (or in it). */
    boolean queued(String kind, String object) {
        return record.leafHashOf(kind, object).isPresent();
    }

    /** Message {@code key} about the latest entry of this kind about this object (its number as {0}), or empty. */
    Optional<EntryLine> of(String kind, String object, String key, Locale locale, Object... more) {
        OptionalLong entry = entryOf(kind, object);
        return entry.isEmpty() ? Optional.empty() : Optional.of(line(key, entry.getAsLong(), locale, more));
    }

    /** Message {@code key} about entry {@code index}: its number in the reader's format as {0}, then {@code more}. */
    EntryLine line(String key, long index, Locale locale, Object... more) {
        Object[] args = new Object[1 + more.length];
        args[0] = NumberFormat.getIntegerInstance(locale).format(index);
        System.arraycopy(more, 0, args, 1, more.length);
        return new EntryLine(messages.getMessage(key, args, locale), messages.getMessage("record.addition.verify", null, locale),
                "/record/entry/" + index);
    }

    /** Message {@code key} with {@code more} as {1}… and no entry yet ({0} empty). */
    String text(String key, Locale locale, Object... more) {
        Object[] args = new Object[1 + more.length];
        args[0] = "";
        System.arraycopy(more, 0, args, 1, more.length);
        return messages.getMessage(key, args, locale);
    }
}
