package org.atazan.voting.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.atazan.kernel.BadInputException;
import org.atazan.voting.apportionment.PartyVotes;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a party,votes CSV (header names case-insensitive, other columns ignored). */
final class PartyCsv {
    private PartyCsv() {
    }

    static List<PartyVotes> read(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file); CSVParser parser = format.parse(in)) {
            for (String col : List.of("party", "votes")) {
                if (!parser.getHeaderMap().containsKey(col)) {
                    throw new BadInputException(file + " line 1, field " + col + ": missing column '" + col + "'");
                }
            }
            List<PartyVotes> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                String party = rec.isSet("party") ? rec.get("party") : "";
                if (party.isBlank()) throw new BadInputException(file + " line " + line + ", field party: missing value");
                String v = rec.isSet("votes") ? rec.get("votes") : "";
                long votes;
                try {
                    votes = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new BadInputException(file + " line " + line + ", party " + party
                            + ", field votes: not a whole number: '" + v + "'");
                }
                if (votes < 0) {
                    throw new BadInputException(file + " line " + line + ", party " + party + ", field votes: negative figure " + votes);
                }
                rows.add(new PartyVotes(party, votes));
            }
            return rows;
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + " line 0, field -: file not found");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage(), e);
        }
    }
}
