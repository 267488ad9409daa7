package org.atazan.consultation;

import java.util.List;
import java.util.Locale;

/**
 * What another module adds to a consultation's list of proposals (a link to its opinion map, where the
 * data comes from), without the consultation knowing that module; as {@link ProposalAddition} does for
 * a proposal's page.
 */
public interface ConsultationAddition {

    /** The lines to show, already in {@code locale}'s language; none for none. */
    List<ProposalAddition.Line> about(String consultationId, Locale locale);
}
