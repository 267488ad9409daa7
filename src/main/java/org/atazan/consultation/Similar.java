package org.atazan.consultation;

/** A proposal near a text being written, with how near (trigram similarity, 0..1). */
public record Similar(Proposal proposal, double similarity) {
}
