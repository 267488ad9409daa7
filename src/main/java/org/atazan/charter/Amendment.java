package org.atazan.charter;

/**
 * One amendment to a charter version, as a commission adopts it: replace an article's wording,
 * insert a new article after another, repeal one, or renumber one.
 *
 * @param id      the amendment's own reference (e.g. A-1), named in every refusal
 * @param action  what it does
 * @param article the article it concerns; for an insertion, the new article's number
 * @param after   for an insertion, the article the new one follows
 * @param to      for a renumbering, the new number
 * @param heading the article's heading words, where it has them: for an insertion, and for a replacement or a
 *                renumbering that changes them (optional; without it a heading stays as it was)
 * @param text    the article's wording in the lines that follow its heading, in the charter's own
 *                layout: for a replacement and an insertion; optional for a repeal (the note left in
 *                place, e.g. "(weggefallen)": without it the article is taken out) and for a
 *                renumbering (an article moved and reworded at once)
 */
public record Amendment(String id, Action action, String article, String after, String to, String heading, String text) {

    public enum Action { REPLACE, INSERT, REPEAL, RENUMBER }

    public static Amendment replace(String id, String article, String text) {
        return new Amendment(id, Action.REPLACE, article, null, null, null, text);
    }

    public static Amendment insert(String id, String after, String article, String text) {
        return new Amendment(id, Action.INSERT, article, after, null, null, text);
    }

    public static Amendment repeal(String id, String article) {
        return new Amendment(id, Action.REPEAL, article, null, null, null, null);
    }

    public static Amendment renumber(String id, String article, String to) {
        return new Amendment(id, Action.RENUMBER, article, null, to, null, null);
    }
}
