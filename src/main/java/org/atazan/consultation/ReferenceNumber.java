package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposal's public reference, {@code P-2026-000123}: the year it was received and its place in that
 * year's sequence of its consultation. Sequences are allocated by the store inside the submission's
 * transaction, so they have no gaps and no duplicates.
 */
public record ReferenceNumber(int year, long sequence) implements Comparable<ReferenceNumber> {
    private static final Pattern FORMAT = Pattern.compile("P-(\\d{4})-(\\d{6,9})");

    public ReferenceNumber {
        if (year < 1000 || year > 9999) throw new IllegalArgumentException("year " + year);
        if (sequence < 1 || sequence > 999_999_999L) throw new IllegalArgumentException("sequence " + sequence);
    }

    /** Reads {@code P-2026-000123}; anything else is bad input naming the field. */
    public static ReferenceNumber parse(String field, String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new BadInputException("field " + field + ": '" + (text == null ? "" : Codes.shorten(text))
                    + "' is not a reference number such as P-2026-000123");
        }
        long seq = Long.parseLong(m.group(2));
        if (seq == 0) throw new BadInputException("field " + field + ": reference numbers start at 000001");
        return new ReferenceNumber(Integer.parseInt(m.group(1)), seq);
    }

    @Override
    public String toString() {
        return String.format("P-%04d-%06d", year, sequence);
    }

    @Override
    public int compareTo(ReferenceNumber o) {
        return year != o.year ? Integer.compare(year, o.year) : Long.compare(sequence, o.sequence);
    }
}
