package org.atazan.charter;

import java.util.List;

/** A word-level redline: the new text as runs of kept, inserted and deleted text, in reading order. */
public record Redline(List<Segment> segments) {

    /** Whether a run of text was kept, inserted or deleted. */
    public enum Op { SAME, INSERTED, DELETED }

    /** One run of text with what happened to it. */
    public record Segment(Op op, String text) {
    }

    public Redline {
        segments = List.copyOf(segments);
    }

    /** Whether anything was inserted or deleted. */
    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.op() != Op.SAME);
    }

    /** Words in deleted runs: the old words that were removed or replaced. */
    public int deletedWords() {
        return words(Op.DELETED);
    }

    /** Words in inserted runs. */
    public int insertedWords() {
        return words(Op.INSERTED);
    }

    /** Words kept as they were. */
    public int sameWords() {
        return words(Op.SAME);
    }

    /** Words changed: the larger of deleted and inserted, so that a replaced word counts once. */
    public int changedWords() {
        return Math.max(deletedWords(), insertedWords());
    }

    /** The old text's words: kept plus deleted. */
    public int oldWords() {
        return sameWords() + deletedWords();
    }

    /** Plain-text rendering: kept text as is, "[-deleted-]" and "{+inserted+}". */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            switch (s.op()) {
                case SAME -> sb.append(s.text());
                case DELETED -> sb.append("[-").append(s.text()).append("-]");
                case INSERTED -> sb.append("{+").append(s.text()).append("+}");
            }
        }
        return sb.toString();
    }

    private int words(Op op) {
        int n = 0;
        for (Segment s : segments) if (s.op() == op) n += wordCount(s.text());
        return n;
    }

    /** Words in a text: runs of letters and digits. */
    public static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
