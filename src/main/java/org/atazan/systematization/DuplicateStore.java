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

    /** The groups shown, largest first. */
    List<DuplicateGroup> groups(String consultationId);

    /** The groups shown whose representative is about this article ({@code null}: the whole text), largest first. */
    List<DuplicateGroup> groupsOn(String consultationId, String article);

    /** The articles the groups shown are about, in article order; {@code null} for the whole text, first. */
    List<String> articles(String consultationId);

    /** The group a proposal is in, if any. */
    Optional<DuplicateGroup> groupOf(String consultationId, ReferenceNumber member);

    Optional<DuplicateRun> lastRun(String consultationId);

    void addDecision(String consultationId, DuplicateDecision decision);

    /** Every decision, oldest first. */
    List<DuplicateDecision> decisions(String consultationId);
}
