package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;

import java.time.Instant;
import java.util.List;

/**
 * A person's decision on a group of near-duplicates, kept so that a re-run on new proposals applies it
 * again: the machine proposes, a person disposes.
 *
 * @param together proposals that belong together: a confirmed or merged group, or the ones split off (as
 *                 a group of their own when there are two or more)
 * @param apart    for a split, the rest of the group: none of {@code together} is grouped with any of them again
 * @param by       the account that decided (kept for the secretariat and the audit, never public)
 */
public record DuplicateDecision(Kind kind, List<ReferenceNumber> together, List<ReferenceNumber> apart, String reason,
                                String by, Instant at) {

    public enum Kind {
        CONFIRM, SPLIT, MERGE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public DuplicateDecision {
        together = List.copyOf(together);
        apart = List.copyOf(apart);
    }
}
