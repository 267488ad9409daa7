package org.atazan.systematization;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {

    @Test
    void shinglesIgnoreCasePunctuationAndSentenceOrder() {
        Shingles.Hashed a = Shingles.of("The first sentence is here. And a second one follows it!", 3);
        Shingles.Hashed b = Shingles.of("and a SECOND one follows it. The first sentence is here", 3);
        assertThat(b.shingles()).containsExactly(a.shingles());
        assertThat(b.whole()).isNotEqualTo(a.whole()); // the word sequence differs: not an exact duplicate
        assertThat(Shingles.of("THE first, sentence is here.. And a second one follows it", 3).whole()).isEqualTo(a.whole());
        assertThat(Shingles.of("!!! ...", 3).shingles()).isEmpty();
    }

    @Test
    void minHashEstimatesJaccard() {
        long[] x = new long[200], y = new long[200];
        for (int i = 0; i < 200; i++) {
            x[i] = Shingles.mix(i);
            y[i] = Shingles.mix(i + 100); // 100 shared of 300: Jaccard 1/3
        }
        MinHash m = new MinHash(512, 1);
        short[] s = new short[1024];
        m.sketch(x, s, 0);
        m.sketch(y, s, 512);
        assertThat(MinHash.similarity(s, 0, s, 512, 512)).isBetween(0.27, 0.40);
    }

    @Test
    void variantsOfLettersGroupedAmongManyUnrelatedTexts() {
        SplittableRandom r = new SplittableRandom(7);
        List<IdText> texts = new ArrayList<>();
        String[] letters = {letter(r), letter(r), letter(r)};
        for (int i = 0; i < 3000; i++) {
            int which = i % 10;
            if (which < 3) texts.add(new IdText("L" + which + "-" + i, vary(letters[which], r)));
            else texts.add(new IdText("U" + i, sentences(r, 1 + r.nextInt(6))));
        }
        NearDuplicates nd = new NearDuplicates(NearDuplicates.Settings.DEFAULT);
        nd.add(texts.subList(0, 1234));
        nd.add(texts.subList(1234, texts.size()));
        List<List<String>> groups = nd.groups();
        assertThat(groups).hasSize(3);
        for (List<String> g : groups) {
            assertThat(g).hasSize(300);
            assertThat(g.stream().map(id -> id.substring(0, 2)).distinct()).hasSize(1);
        }
    }

    static String letter(SplittableRandom r) {
        return sentences(r, 8) + " Signed, NAME from TOWN.";
    }

    /** The name and town changed, a sentence moved, a word replaced. */
    static String vary(String letter, SplittableRandom r) {
        List<String> s = new ArrayList<>(List.of(letter.replace("NAME", word(r) + " " + word(r)).replace("TOWN", word(r)).split("(?<=\\.) ")));
        s.add(r.nextInt(s.size()), s.remove(r.nextInt(s.size())));
        int k = r.nextInt(s.size());
        String[] w = s.get(k).split(" ");
        w[r.nextInt(w.length)] = word(r);
        s.set(k, String.join(" ", w));
        return String.join(" ", s);
    }

    static String sentences(SplittableRandom r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int words = 6 + r.nextInt(10);
            for (int j = 0; j < words; j++) b.append(j == 0 ? "" : " ").append(word(r));
            b.append(". ");
        }
        return b.toString().trim();
    }

    /** Words from a small vocabulary, so that unrelated texts share words and word pairs. */
    static String word(SplittableRandom r) {
        return "w" + (int) Math.floor(Math.pow(2000, r.nextDouble()));
    }
}
