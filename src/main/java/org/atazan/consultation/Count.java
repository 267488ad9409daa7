package org.atazan.consultation;

/** One bar of the figures: a key (an article, a status code, a region, a week's Monday) and its count. */
public record Count(String key, long count) {
}
