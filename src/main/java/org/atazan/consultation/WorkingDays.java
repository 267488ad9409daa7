package org.atazan.consultation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar of working days: Monday to Friday, less holidays and days off moved onto weekdays, plus
 * weekend days made working by a transfer. Read from a text file that cites its sources
 * ({@code kz-working-days.txt} for Kazakhstan 2025-2026). For a year the file does not list, only
 * weekends and the fixed-date holidays count (no transfers): {@link #covers} says which years are exact.
 */
public final class WorkingDays {
    /** The shipped calendar of Kazakhstan. */
    public static final String KAZAKHSTAN = "kz-working-days.txt";

    private final Set<LocalDate> notWorking;
    private final Set<LocalDate> working;
    private final Set<MonthDay> recurring;
    private final int firstYear;
    private final int lastYear;

    private WorkingDays(Set<LocalDate> notWorking, Set<LocalDate> working, Set<MonthDay> recurring, int firstYear, int lastYear) {
        this.notWorking = Set.copyOf(notWorking);
        this.working = Set.copyOf(working);
        this.recurring = Set.copyOf(recurring);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Weekends only: for tests and for a country without a shipped calendar. */
    public static WorkingDays weekendsOnly() {
        return new WorkingDays(Set.of(), Set.of(), Set.of(), 1, 0);
    }

    /** A calendar shipped with the module, by file name. */
    public static WorkingDays shipped(String name) {
        try (InputStream in = WorkingDays.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalArgumentException("no shipped calendar '" + name + "'");
            return read(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDays read(String name, InputStream in) throws IOException {
        Set<LocalDate> off = new HashSet<>();
        Set<LocalDate> on = new HashSet<>();
        Set<MonthDay> fixed = new HashSet<>();
        int first = 1, last = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            String[] p = s.split("\\s+", 3);
            try {
                switch (p[0]) {
                    case "recurring" -> fixed.add(MonthDay.parse("--" + p[1]));
                    case "years" -> {
                        first = Integer.parseInt(p[1]);
                        last = Integer.parseInt(p[2].strip());
                    }
                    case "holiday", "off" -> off.add(weekday(LocalDate.parse(p[1]), name, n));
                    case "working" -> {
                        LocalDate d = LocalDate.parse(p[1]);
                        if (!weekend(d)) throw new IllegalStateException(name + " line " + n + ": " + d + " is not a weekend day");
                        on.add(d);
                    }
                    default -> throw new IllegalStateException(name + " line " + n + ": unknown entry '" + p[0] + "'");
                }
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalStateException(name + " line " + n + ": cannot read '" + s + "'", e);
            }
        }
        return new WorkingDays(off, on, fixed, first, last);
    }

    // A holiday on a weekend is not listed: its day off is the "off" line the Labour Code gives it.
    private static LocalDate weekday(LocalDate d, String name, int line) {
        if (weekend(d)) throw new IllegalStateException(name + " line " + line + ": " + d + " is a weekend day");
        return d;
    }

    private static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether the calendar lists every holiday and transfer of that date's year. */
    public boolean covers(LocalDate d) {
        return d.getYear() >= firstYear && d.getYear() <= lastYear;
    }

    public boolean isWorkingDay(LocalDate d) {
        if (covers(d)) return working.contains(d) || !weekend(d) && !notWorking.contains(d);
        return !weekend(d) && !recurring.contains(MonthDay.from(d));
    }

    /** The {@code n}-th working day after {@code from} (the day itself does not count). */
    public LocalDate plus(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) throw new IllegalArgumentException("n " + n);
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) left--;
        }
        return d;
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not later). */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) count++;
        }
        return count;
    }
}
