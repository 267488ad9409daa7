package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;

import java.util.List;
import java.util.Optional;

/** Where a consultation's near-duplicate groups and people's decisions on them are kept (PostgreSQL at the edge). */
public interface DuplicateStore {

    /** Serialises runs and decisions of one consultation until the caller's transaction ends. */
    void lock(String consultationId);

    /**
     * Replaces the machine's groups (as found, before decisions, with each member's article: {@code articles}
     * gives it, {@code null} for the whole text) and the groups shown.
     */
    void replace(DuplicateRun run, List<List<ReferenceNumber>> found, java.util.function.Function<ReferenceNumber, String> articles,
                 List<DuplicateGroup> shown);

    /** Replaces the groups shown only (after a decision; the machine's groups stay). */
    void replaceShown(String consultationId, List<DuplicateGroup> shown);

    List<List<ReferenceNumber>> found(String consultationId);

    /** The articles the groups shown are about, in article order; {@code null} for the whole text, first. */
    List<String> articles(String consultationId);

    /** A group as listed: its representative, its size, and whether a person confirmed every member. */
    record Summary(ReferenceNumber representative, int size, boolean confirmed) {
    }

    /**
     * One page of the groups shown, largest first: all ({@code article} empty), or those about one
     * article ({@code Optional.of(Optional.empty())} is the whole text). Reads no member.
     */
    List<Summary> summaries(String consultationId, Optional<Optional<String>> article, int offset, int limit);

    /** How many groups, and how many proposals in them, {@link #summaries} would list in all. */
    long[] totals(String consultationId, Optional<Optional<String>> article);

    /** The group a proposal is in (its representative and size), without reading its members. */
    Optional<Summary> summaryOf(String consultationId, ReferenceNumber member);

    /** The group a proposal is in, if any. */
    Optional<DuplicateGroup> groupOf(String consultationId, ReferenceNumber member);

    Optional<DuplicateRun> lastRun(String consultationId);

    void addDecision(String consultationId, DuplicateDecision decision);

    /** Every decision, oldest first. */
    List<DuplicateDecision> decisions(String consultationId);
}
