package org.atazan.consultation;

import org.atazan.kernel.BadInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reference numbers, codes and text bounds of the consultation's core. */
class ConsultationCoreValuesTest {

    @Test
    void referenceNumbersAreWrittenAndReadBack() {
        assertThat(new ReferenceNumber(2026, 123)).hasToString("P-2026-000123");
        assertThat(ReferenceNumber.parse("reference", " P-2026-000123 ")).isEqualTo(new ReferenceNumber(2026, 123));
        assertThat(ReferenceNumber.parse("reference", "P-2026-1234567").sequence()).isEqualTo(1_234_567);
        assertThat(new ReferenceNumber(2025, 999)).isLessThan(new ReferenceNumber(2026, 1));
    }

    @Test
    void aMalformedReferenceNamesTheField() {
        assertThatThrownBy(() -> ReferenceNumber.parse("mergedInto", "P-26-1")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field mergedInto").hasMessageContaining("P-2026-000123");
        assertThatThrownBy(() -> ReferenceNumber.parse("reference", "P-2026-000000")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> ReferenceNumber.parse("reference", null)).isInstanceOf(BadInputException.class);
    }

    @Test
    void codesAreLowerCaseWithHyphensAndUnknownOnesNameTheField() {
        assertThat(Outcome.PARTLY_ACCEPTED.code()).isEqualTo("partly-accepted");
        assertThat(Outcome.of("outcome", "out-of-scope")).isEqualTo(Outcome.OUT_OF_SCOPE);
        assertThat(Channel.of("channel", "EGOV_PORTAL")).isEqualTo(Channel.EGOV_PORTAL);
        assertThatThrownBy(() -> ProposalKind.of("kind", "<script>")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("field kind").hasMessageContaining("amend, add, repeal, other");
    }

    @Test
    void textsAreBoundedAndEmptyRequiredTextIsRefusedByName() {
        assertThat(TextBounds.required("wording", "  text \n", 10)).isEqualTo("text");
        assertThatThrownBy(() -> TextBounds.required("wording", "   ", 10)).hasMessageContaining("field wording: empty");
        assertThatThrownBy(() -> TextBounds.optional("reasons", "x".repeat(11), 10))
                .isInstanceOf(BadInputException.class).hasMessageContaining("field reasons: 11 characters, at most 10");
        assertThatThrownBy(() -> TextBounds.optional("reasons", "a\u0000b", 10)).hasMessageContaining("control character");
        assertThatThrownBy(() -> TextBounds.line("displayName", "a\nb", 10)).hasMessageContaining("one line");
        // Counted in characters, not UTF-16 units: ten Kazakh letters or emoji fit in ten.
        assertThat(TextBounds.required("wording", "😀".repeat(10), 10)).hasSize(20);
    }

    @Test
    void obviousSpamIsRefused() {
        assertThatThrownBy(() -> SpamRule.check("wording", "see http://a http://b www.c https://d"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("4 links");
        assertThatThrownBy(() -> SpamRule.check("reasons", "!".repeat(31))).hasMessageContaining("field reasons");
        SpamRule.check("wording", "Статья 42: http://adilet.zan.kz/ и " + "-".repeat(30));
    }

    @Test
    void thePublicSeesTheChosenNameOrNoneNeverTheAccount() {
        assertThat(new Author("acc-1", "Aigerim", "KZ-ALA", false).publicName()).contains("Aigerim");
        assertThat(new Author("acc-1", "", "KZ-ALA", false).publicName()).isEmpty();
        assertThat(new Author("acc-1", "Aigerim", "KZ-ALA", true).publicName()).isEmpty();
        Author gone = new Author("acc-1", "Aigerim", "KZ-ALA", false).anonymised();
        assertThat(gone.account()).isNull();
        assertThat(gone.publicName()).isEmpty();
        assertThat(gone.region()).isEqualTo("KZ-ALA");
        assertThatThrownBy(() -> new Author("a", "x".repeat(101), "", false)).hasMessageContaining("field displayName");
    }

    @Test
    void aConsultationNeedsAnIdATitleAndASensibleDeadline() {
        assertThatThrownBy(() -> new Consultation("Bad Id", "t", "kz", "2026", 15, java.time.LocalDate.now(), null))
                .hasMessageContaining("field id");
        assertThatThrownBy(() -> new Consultation("kz", "t", "kz", "2026", 0, java.time.LocalDate.now(), null))
                .hasMessageContaining("field deadlineDays");
        assertThat(new Consultation("kz", "t", "kz", "2026", 15, java.time.LocalDate.now(), "").calendar())
                .isEqualTo(WorkingDays.KAZAKHSTAN);
    }
}
