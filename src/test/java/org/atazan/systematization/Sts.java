package org.atazan.systematization;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.atazan.SharedData;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The STS Benchmark's pairs (../shared/data/stsb): sentence1, sentence2, human score 0–5. */
record Sts(List<TextPair> pairs, double[] gold) {
    static Sts read(String language, String split) {
        List<TextPair> pairs = new ArrayList<>();
        List<Double> gold = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SharedData.file("stsb/stsb-" + language + "-" + split + ".csv"))) {
            for (CSVRecord r : CSVFormat.RFC4180.parse(in)) {
                pairs.add(new TextPair(r.get(0), r.get(1)));
                gold.add(Double.parseDouble(r.get(2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sts(pairs, gold.stream().mapToDouble(Double::doubleValue).toArray());
    }

    double spearman(PairScorer scorer) {
        return Spearman.of(scorer.score(pairs), gold);
    }
}
