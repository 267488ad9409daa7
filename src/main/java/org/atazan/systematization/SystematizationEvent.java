package org.atazan.systematization;

/**
 * The public decisions of the systematization module, as past-tense records published in the decision's
 * unit of work. They carry references, never an author's account or name ({@code by} is the official).
 */
public sealed interface SystematizationEvent permits DuplicatesConfirmed, DuplicatesSplit, DuplicatesMerged, TopicsRenamed, TopicsMerged, TopicSplit {
    String consultationId();
}
