package org.atazan.consultation;

import java.util.List;

/** One page of proposals; {@code next} is the keyset of the next page, or null on the last. */
public record ProposalPage(List<Proposal> proposals, Long next) {
}
