package org.atazan.systematization;

import org.atazan.consultation.Language;

/** Development aid (not a test): Spearman over a few settings on a split (train to tune, dev to report). */
final class Tune {
    public static void main(String[] args) {
        String split = args.length > 0 ? args[0] : "train";
        for (String lang : new String[]{"en", "ru"}) {
            Sts sts = Sts.read(lang, split);
            Language l = Language.valueOf(lang.toUpperCase());
            for (double w : new double[]{0.5, 0.6, 0.7}) {
                for (int[] g : new int[][]{{2, 4}, {3, 5}, {2, 5}}) {
                    var s = new LexicalSimilarity.Settings(w, g[0], g[1], true);
                    System.out.printf("%s %s %s %.4f%n", lang, split, s, sts.spearman(new LexicalSimilarity(l, s)));
                }
            }
        }
    }
}
