package org.atazan.systematization;

import org.atazan.consultation.ReferenceNumber;

import java.util.List;
import java.util.Set;

/**
 * Near-identical proposals shown as one: the representative (the earliest) and every member, the
 * representative included, in reference order. {@code confirmed} are the members a person confirmed
 * (or merged) as belonging here; the others were added by the machine and await a look.
 */
public record DuplicateGroup(ReferenceNumber representative, List<ReferenceNumber> members, Set<ReferenceNumber> confirmed) {

    public DuplicateGroup {
        members = List.copyOf(members);
        confirmed = Set.copyOf(confirmed);
        if (members.size() < 2 || !members.get(0).equals(representative)) {
            throw new IllegalArgumentException("a group has two members or more, the representative first");
        }
    }

    public int size() {
        return members.size();
    }

    /** Every member confirmed by a person. */
    public boolean isConfirmed() {
        return confirmed.containsAll(members);
    }

    /** Members the machine added since a person last looked. */
    public List<ReferenceNumber> unconfirmed() {
        return members.stream().filter(m -> !confirmed.contains(m)).toList();
    }
}
