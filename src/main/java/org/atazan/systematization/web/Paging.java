package org.atazan.systematization.web;

import org.atazan.kernel.BadInputException;

/** Pages of a list: how many there are, and the page asked for, checked. */
final class Paging {
    private Paging() {
    }

    static int pages(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The page asked for: a number from 1 to the last; anything else is bad input naming the parameter. */
    static int page(String text, int items, int perPage) {
        int last = pages(items, perPage);
        try {
            int p = Integer.parseInt(text.strip());
            if (p >= 1 && p <= last) return p;
        } catch (NumberFormatException e) {
            // below
        }
        throw new BadInputException("parameter page: '" + (text.length() > 20 ? text.substring(0, 20) : text)
                + "' is not a page from 1 to " + last);
    }
}
