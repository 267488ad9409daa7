package org.atazan.consultation;

import org.atazan.kernel.BadInputException;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One consultation on one version of a charter.
 *
 * @param deadlineDays working days the secretariat has to answer a registered proposal (15 in Kazakhstan)
 * @param calendar     the shipped working-day calendar its deadlines are counted on
 * @param titles       the title per language code (kk, ru, en), where given: a page shows the reader's,
 *                     else {@code title}
 */
public record Consultation(String id, String title, String charterId, String versionId, int deadlineDays,
                           LocalDate openedOn, String calendar, Map<String, String> titles) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    public static final int DEFAULT_DEADLINE_DAYS = 15;
    /** The end of the id of a consultation that holds generated sample data: every page that shows it says so. */
    public static final String SAMPLE_SUFFIX = "-sample";

    public Consultation {
        if (id == null || !ID.matcher(id).matches()) {
            throw new BadInputException("field id: '" + (id == null ? "" : Codes.shorten(id))
                    + "' must be 1-64 characters: a-z, 0-9, '.', '_', '-'");
        }
        title = TextBounds.required("title", title, 300);
        if (charterId == null || charterId.isBlank()) throw new BadInputException("field charterId: missing");
        if (versionId == null || versionId.isBlank()) throw new BadInputException("field versionId: missing");
        if (deadlineDays < 1 || deadlineDays > 365) {
            throw new BadInputException("field deadlineDays: " + deadlineDays + " is not between 1 and 365 working days");
        }
        Objects.requireNonNull(openedOn, "openedOn");
        calendar = calendar == null || calendar.isBlank() ? WorkingDays.KAZAKHSTAN : calendar;
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        for (Map.Entry<String, String> t : titles.entrySet()) {
            Language.of("titles", t.getKey());
            TextBounds.required("titles." + t.getKey(), t.getValue(), 300);
        }
    }

    /** A consultation with one title for every language. */
    public Consultation(String id, String title, String charterId, String versionId, int deadlineDays, LocalDate openedOn,
                        String calendar) {
        this(id, title, charterId, versionId, deadlineDays, openedOn, calendar, Map.of());
    }

    /** The title in the reader's language, or the one title where none is given in it. */
    public String title(String language) {
        String t = titles.get(language);
        return t != null ? t : title;
    }

    /** Whether it holds generated sample data (its id ends in {@link #SAMPLE_SUFFIX}), never real proposals. */
    public boolean sample() {
        return id.endsWith(SAMPLE_SUFFIX);
    }
}
