package org.atazan.voting.web;

import org.atazan.voting.TallyTree;
import org.springframework.context.i18n.LocaleContextHolder;

/** Small helpers shared by the voting pages and charts. */
final class Views {
    private Views() {
    }

    static String language() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    static String root(TallyTree tree) {
        if (tree.roots().isEmpty()) throw new org.atazan.kernel.NotFoundException("this vote has no territories yet");
        return tree.roots().get(0);
    }

    /** Polling stations with a protocol of their own (0 when only national totals are public). */
    static long stations(TallyTree tree) {
        String root = root(tree);
        return tree.protocol(root) != null ? 0 : tree.total(root).stations();
    }
}
