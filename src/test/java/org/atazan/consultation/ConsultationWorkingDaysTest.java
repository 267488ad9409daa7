package org.atazan.consultation;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kazakhstan's shipped calendar of working days, and deadlines counted on it. */
class ConsultationWorkingDaysTest {
    private final WorkingDays kz = WorkingDays.shipped(WorkingDays.KAZAKHSTAN);

    @Test
    void holidaysTransfersAndMovedDaysOffOf2025() {
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 1, 2))).isFalse();           // New Year
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 1, 3))).isFalse();           // moved from Sunday 5 January
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 1, 5))).isTrue();            // that Sunday worked
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 1, 6))).isTrue();
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 3, 10))).isFalse();          // 8 March was a Saturday
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 10, 27))).isFalse();         // 25 October was a Saturday
        assertThat(kz.isWorkingDay(LocalDate.of(2025, 5, 8))).isTrue();            // no transfer in May 2025
    }

    @Test
    void nauryz2026() {
        // 21-22 March 2026 fall on a weekend: 23 March is the holiday, 24 and 25 March the days off moved.
        for (int day = 21; day <= 25; day++) assertThat(kz.isWorkingDay(LocalDate.of(2026, 3, day))).isFalse();
        assertThat(kz.isWorkingDay(LocalDate.of(2026, 3, 26))).isTrue();
    }

    @Test
    void fifteenWorkingDaysAfterRegistrationSkipHolidaysAndWeekends() {
        // Registered Friday 13 March 2026: 16-20, 26-27, 30-31 March, 1-3, 6-8 April → 8 April.
        assertThat(kz.plus(LocalDate.of(2026, 3, 13), 15)).isEqualTo(LocalDate.of(2026, 4, 8));
        // Counting weekends only, the same fifteen days end three working days earlier.
        assertThat(WorkingDays.weekendsOnly().plus(LocalDate.of(2026, 3, 13), 15)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(kz.between(LocalDate.of(2026, 3, 13), LocalDate.of(2026, 4, 8))).isEqualTo(15);
    }

    @Test
    void outsideTheListedYearsOnlyWeekendsAndFixedHolidaysCount() {
        assertThat(kz.covers(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(kz.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(kz.isWorkingDay(LocalDate.of(2027, 3, 22))).isFalse();          // Nauryz, fixed date
        assertThat(kz.isWorkingDay(LocalDate.of(2027, 3, 24))).isTrue();
    }

    @Test
    void deadlineStates() {
        LocalDate due = LocalDate.of(2026, 4, 8);
        assertThat(Deadline.of(kz, due, false, LocalDate.of(2026, 3, 16)).state()).isEqualTo(Deadline.State.ON_TIME);
        assertThat(Deadline.of(kz, due, false, LocalDate.of(2026, 4, 3)).state()).isEqualTo(Deadline.State.DUE_SOON);
        assertThat(Deadline.of(kz, due, false, due).state()).isEqualTo(Deadline.State.DUE_SOON);
        assertThat(Deadline.of(kz, due, false, due.plusDays(1)).state()).isEqualTo(Deadline.State.OVERDUE);
        assertThat(Deadline.of(kz, due, true, due.plusDays(30)).state()).isEqualTo(Deadline.State.ANSWERED);
    }

    @Test
    void aCalendarFileWithAHolidayOnAWeekendOrAnUnknownLineIsRefused() {
        assertThatThrownBy(() -> WorkingDays.read("t", in("holiday 2026-03-21 Nauryz"))).hasMessageContaining("line 1")
                .hasMessageContaining("weekend");
        assertThatThrownBy(() -> WorkingDays.read("t", in("# c\nworking 2026-03-20 x"))).hasMessageContaining("line 2");
        assertThatThrownBy(() -> WorkingDays.read("t", in("feast 2026-03-20"))).hasMessageContaining("unknown entry");
        assertThatThrownBy(() -> WorkingDays.shipped("nowhere.txt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedFileCitesItsSources() throws Exception {
        try (var in = WorkingDays.class.getResourceAsStream(WorkingDays.KAZAKHSTAN)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("On holidays in the Republic of", "Labour Code", "NOT VERIFIED");
        }
    }

    private static ByteArrayInputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
