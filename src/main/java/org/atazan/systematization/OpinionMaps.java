package org.atazan.systematization;

import org.atazan.consultation.ProposalReactions;
import org.atazan.consultation.ReferenceNumber;
import org.atazan.kernel.BadInputException;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The opinion map of a consultation, from its stored reactions: found with {@link OpinionGroups} and
 * kept until the reactions change (one more, or one changed: {@link ProposalReactions#version}). A consultation with more than {@code maxReactions} reactions is not mapped here.
 */
public final class OpinionMaps {
    private final ProposalReactions reactions;
    private final OpinionGroups.Settings settings;
    private final long maxReactions;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String version, OpinionMap map) {
    }

    public OpinionMaps(ProposalReactions reactions, OpinionGroups.Settings settings, long maxReactions) {
        this.reactions = reactions;
        this.settings = settings;
        this.maxReactions = maxReactions;
    }

    /** The consultation's map (its statements are proposal references), found again only when its reactions changed. */
    public OpinionMap of(String consultationId) {
        // One count per view (the version); the limit is checked only when the map is found again.
        String version = reactions.version(consultationId);
        Cached c = cache.get(consultationId);
        if (c != null && c.version().equals(version)) return c.map();
        synchronized (this) {
            c = cache.get(consultationId);
            if (c != null && c.version().equals(version)) return c.map();
            long total = reactions.total(consultationId);
            if (total > maxReactions) {
                throw new BadInputException("consultation '" + consultationId + "' has " + total + " reactions; the opinion map is drawn"
                        + " for at most " + maxReactions + " (atazan.systematization.opinion-map.max-reactions)");
            }
            ReactionMatrix.Builder b = ReactionMatrix.builder();
            reactions.forEach(consultationId, r -> b.react(r.participant(), r.reference().toString(), Reaction.of(r.reaction().value())));
            Set<String> hidden = reactions.hidden(consultationId).stream().map(ReferenceNumber::toString).collect(Collectors.toSet());
            OpinionMap map = OpinionGroups.find(b.build(), hidden, settings);
            cache.put(consultationId, new Cached(version, map));
            return map;
        }
    }
}
