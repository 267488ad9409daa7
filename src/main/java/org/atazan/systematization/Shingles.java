package org.atazan.systematization;

import java.util.Arrays;

/**
 * The word shingles of a text as 64-bit hashes: runs of {@code size} consecutive words that never
 * cross a sentence end, so that moving a sentence changes no shingle (a shorter sentence is one
 * shingle). Words are compared case-folded, ё as е, punctuation ignored. Also the hash of the whole
 * word sequence, which finds exact duplicates after this normalisation.
 */
public final class Shingles {
    private Shingles() {
    }

    /** Hashes of a text's shingles (distinct, sorted) and of its whole normalised word sequence. */
    public record Hashed(long[] shingles, long whole) {
    }

    public static Hashed of(String text, int size) {
        long[] words = new long[16];
        int count = 0;
        long[] out = new long[16];
        int n = 0;
        long whole = 0x9E3779B97F4A7C15L;
        int sentenceStart = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            boolean letter = Character.isLetterOrDigit(c);
            if (letter) {
                c = Character.toLowerCase(c);
                if (c == 'ё') c = 'е';
                h = (h ^ c) * 0x100000001B3L;
                inWord = true;
                continue;
            }
            if (inWord) {
                long w = mix(h);
                if (count == words.length) words = Arrays.copyOf(words, count * 2);
                words[count++] = w;
                whole = mix(whole * 31 + w);
                h = 0;
                inWord = false;
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
                if (n + count - sentenceStart + 1 > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, n + count - sentenceStart + 1));
                n = shingle(words, sentenceStart, count, size, out, n);
                sentenceStart = count;
            }
        }
        long[] distinct = Arrays.copyOf(out, n);
        Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < distinct.length; i++) if (i == 0 || distinct[i] != distinct[i - 1]) distinct[d++] = distinct[i];
        return new Hashed(Arrays.copyOf(distinct, d), count == 0 ? 0 : mix(whole ^ count));
    }

    /** Appends the shingles of the words from {@code from} up to (not including) {@code to} to out at n; returns the new n. */
    private static int shingle(long[] words, int from, int to, int size, long[] out, int n) {
        if (to == from) return n;
        if (to - from <= size) {
            out[n++] = combine(words, from, to);
            return n;
        }
        for (int i = from; i + size <= to; i++) out[n++] = combine(words, i, i + size);
        return n;
    }

    private static long combine(long[] words, int from, int to) {
        long h = 0xC2B2AE3D27D4EB4FL;
        for (int i = from; i < to; i++) h = mix(h * 31 + words[i]);
        return h;
    }

    /** The finaliser of SplitMix64: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
