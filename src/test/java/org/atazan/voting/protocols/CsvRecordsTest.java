package org.atazan.voting.protocols;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protocol reader's CSV records: the fields and lines Commons CSV's default format gives, however the text arrives. */
class CsvRecordsTest {
    static final String TEXT = "a,b,c\r\n"
            + "\"x, y\",\"say \"\"yes\"\"\",3\n"
            + "\n"
            + "\"two\r\nlines\",\"lone\rcr\",\"lf\nonly\"\r"
            + "  spaced  ,,\n"
            + "\"quoted\"  ,tail,\n"
            + "plain \"inner\" quote,é,ü\n"
            + "last,row,no end";

    /** Every record with the line it ends on. */
    static List<String> records(Reader in) throws IOException {
        CsvRecords r = new CsvRecords(in, ',');
        List<String> out = new ArrayList<>();
        while (r.next()) out.add(r.toList() + "@" + r.lines());
        return out;
    }

    static List<String> commons(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (CSVParser p = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord rec : p) out.add(rec.toList() + "@" + p.getCurrentLineNumber());
        }
        return out;
    }

    /** A reader that gives one character at a time, so that every field crosses a refill of the buffer. */
    static Reader trickle(String text) {
        return new FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, 1));
            }
        };
    }

    @Test
    void fieldsAndLinesAreThoseOfCommonsCsvsDefaultFormat() throws IOException {
        List<String> ours = records(new StringReader(TEXT));
        List<String> commons = commons(TEXT);
        // At the end of a text without a final line end Commons CSV counts one line more; no record follows to need it.
        assertThat(ours.subList(0, ours.size() - 1)).isEqualTo(commons.subList(0, commons.size() - 1));
        assertThat(commons.get(commons.size() - 1)).isEqualTo("[last, row, no end]@11");
        assertThat(ours).contains("[x, y, say \"yes\", 3]@2", "[]@3",
                "[two\r\nlines, lone\rcr, lf\nonly]@7", "[plain \"inner\" quote, é, ü]@10", "[last, row, no end]@10");
        assertThat(records(trickle(TEXT))).isEqualTo(ours);
    }

    @Test
    void numbersBlanksAndTrimmedNamesAreReadFromTheBufferWithoutStrings() throws IOException {
        CsvRecords r = new CsvRecords(new StringReader(" 42 ,-7,+3,4x,,  \n\n"), ',');
        assertThat(r.next()).isTrue();
        assertThat(r.number(0)).isEqualTo(42);
        assertThat(r.number(1)).isEqualTo(-7);
        assertThat(r.number(2)).isEqualTo(3);
        assertThat(r.number(3)).isEqualTo(Long.MIN_VALUE);
        assertThat(r.number(4)).isEqualTo(Long.MIN_VALUE);
        assertThat(r.blank(4)).isTrue();
        assertThat(r.blank(5)).isTrue();
        assertThat(r.blank()).isFalse();
        assertThat(r.trimmedEquals(0, "42")).isTrue();
        assertThat(r.trimmedEquals(0, "4")).isFalse();
        assertThat(r.trimmedEquals(0, null)).isFalse();
        assertThat(r.isSet(5)).isTrue();
        assertThat(r.isSet(6)).isFalse();
        assertThat(r.next()).isTrue();
        assertThat(r.blank()).isTrue();
        assertThat(r.next()).isFalse();
    }

    @Test
    void anUnendedQuoteOrTextAfterAClosingQuoteIsRefusedWithItsLine() {
        assertThatThrownBy(() -> records(new StringReader("a\nb\n\"open,\nnever closed")))
                .isInstanceOf(IOException.class).hasMessage("(line 3) the text ends inside the quoted field that starts there");
        assertThatThrownBy(() -> records(new StringReader("a\n\"x\"y,z")))
                .isInstanceOf(IOException.class).hasMessage("(line 2) a character between a closing quote and the delimiter");
    }
}
