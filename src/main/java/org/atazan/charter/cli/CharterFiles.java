package org.atazan.charter.cli;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.HeadingPatterns;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads charter files for the commands, turning every problem into a {@link CharterInputException}. */
final class CharterFiles {
    private CharterFiles() {
    }

    /** Reads the file as a stream: its size is bounded by the reader's limits, not by memory. */
    static CharterText read(Path file, String patterns) {
        CharterReader reader = patterns == null ? new CharterReader() : new CharterReader(HeadingPatterns.named(patterns));
        if (Files.isDirectory(file)) throw new CharterInputException(file.toString(), "is a directory, not a file");
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new CharterInputException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new CharterInputException(file.toString(), "cannot read: " + e.getMessage());
        }
    }

    /** An ISO 639-2 code guessed from the letters of the text, for Akoma Ntoso's FRBRlanguage. */
    static String language(String sample) {
        int cyrillic = 0, kazakh = 0, latin = 0, german = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
                if ("әғқңөұүһі".indexOf(Character.toLowerCase(c)) >= 0) kazakh++;
            } else if (c < 128 && Character.isLetter(c)) latin++;
            else if ("äöüßÄÖÜ".indexOf(c) >= 0) german++;
        }
        if (cyrillic > latin) return kazakh * 100 > cyrillic ? "kaz" : "rus";
        return german * 200 > latin ? "deu" : "eng";
    }
}
