package org.atazan.consultation;

import org.atazan.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kk/ru/en rule on real sentences: the Russian text of Kazakhstan's 2026 Constitution, STS English, Kazakh law. */
class ConsultationLanguageTest {

    @Test
    void everyParagraphOfTheRussianConstitutionIsRussianEvenWithKazakhNamesInIt() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("kz-constitution-2026.ru.txt")).stream()
                .filter(l -> l.strip().length() > 40).toList();
        assertThat(lines).hasSizeGreaterThan(300);
        // The hard cases: "Қазақстан Халық Кеңесі" and "теңге" inside Russian sentences.
        assertThat(lines).anyMatch(l -> l.contains("Қазақстан Халық Кеңесі"));
        assertThat(lines).allSatisfy(l -> assertThat(LanguageDetector.detect(l)).as(l).contains(Language.RU));
    }

    @Test
    void englishSentencesOfTheStsBenchmarkAreEnglish() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("stsb/stsb-en-dev.csv")).subList(0, 300);
        assertThat(lines).allSatisfy(l -> assertThat(LanguageDetector.detect(l)).as(l).contains(Language.EN));
    }

    @Test
    void russianSentencesOfTheStsBenchmarkAreRussian() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file("stsb/stsb-ru-dev.csv")).subList(0, 300);
        assertThat(lines).allSatisfy(l -> assertThat(LanguageDetector.detect(l)).as(l).contains(Language.RU));
    }

    /** Kazakh text of the Constitution of 1995 (Adilet K950001000_, Kazakh version), articles 1, 7 and 91. */
    @Test
    void kazakhSentencesAreKazakh() {
        List<String> kazakh = List.of(
                "Қазақстан Республикасы өзін демократиялық, зайырлы, құқықтық және әлеуметтік мемлекет ретінде орнықтырады, "
                        + "оның ең қымбат қазынасы - адам және адамның өмірі, құқықтары мен бостандықтары.",
                "Қазақстан Республикасында мемлекеттік тіл - қазақ тілі.",
                "Мемлекеттік органдарда және жергілікті өзін-өзі басқару органдарында орыс тілі ресми түрде қазақ тілімен тең қолданылады.",
                "Мемлекеттің тәуелсіздігі, Республиканың біртұтастығы мен аумақтық тұтастығы, оны басқару нысаны өзгермейді.",
                "Құрылтай депутаттарының санын азайтуды ұсынамын.");
        assertThat(kazakh).allSatisfy(s -> assertThat(LanguageDetector.detect(s)).as(s).contains(Language.KK));
    }

    @Test
    void aTextWithoutLettersHasNoLanguage() {
        assertThat(LanguageDetector.detect("12, 14 - 15!")).isEmpty();
        assertThat(LanguageDetector.detect(null)).isEmpty();
    }
}
