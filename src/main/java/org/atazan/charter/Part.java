package org.atazan.charter;

/** An element of a charter's body: a division that groups further parts, or an article. */
public sealed interface Part permits Division, Article {
}
