package org.atazan.commission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One vote of a body on one motion. Named: each member's choice is recorded and public. Secret: who
 * voted is recorded, how is not (only the counts). Analog: the figures are entered from a show of
 * hands. A member votes once; a vote once cast is final; no vote after the poll closed.
 */
public final class Poll {
    public enum Kind { NAMED, SECRET, ANALOG }

    public enum Choice { FOR, AGAINST, ABSTAIN }

    private final String id;
    private final Kind kind;
    private final BodyRules.DecisionKind decision;
    private final Map<String, Choice> named = new HashMap<>();
    private final Set<String> voted = new HashSet<>();
    private int forVotes, against, abstain;
    private PollResult result;

    public Poll(String id, Kind kind, BodyRules.DecisionKind decision, BodyRules rules) {
        if (kind == Kind.SECRET && !rules.secretPollsAllowed()) {
            throw new CommissionRefusal("poll " + id + ": this body's rules allow no secret polls");
        }
        this.id = id;
        this.kind = kind;
        this.decision = decision;
    }

    /** A poll as it was stored: its votes (named: who chose what; secret: only who voted), counts and result. */
    public static Poll restore(String id, Kind kind, BodyRules.DecisionKind decision, Map<String, Choice> named,
                               Set<String> voters, Tally counts, PollResult result) {
        Poll p = new Poll(id, kind, decision);
        if (kind == Kind.NAMED) p.named.putAll(named);
        p.voted.addAll(voters);
        p.forVotes = counts.forVotes();
        p.against = counts.against();
        p.abstain = counts.abstain();
        p.result = result;
        return p;
    }

    private Poll(String id, Kind kind, BodyRules.DecisionKind decision) {
        this.id = id;
        this.kind = kind;
        this.decision = decision;
    }

    /** The counts so far (for a secret poll, all that is kept of its votes). */
    public Tally counts() {
        return new Tally(forVotes, against, abstain);
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public BodyRules.DecisionKind decision() {
        return decision;
    }

    public boolean closed() {
        return result != null;
    }

    /**
     * A present member's vote. The same vote sent again is counted once (false); another choice after a
     * vote is refused: a cast vote is final.
     */
    public boolean cast(String member, Choice choice, Set<String> present) {
        if (closed()) throw new CommissionRefusal("poll " + id + ": closed; no vote after the poll closed");
        if (kind == Kind.ANALOG) throw new CommissionRefusal("poll " + id + ": an analog poll takes figures, not votes");
        if (!present.contains(member)) {
            throw new CommissionRefusal("poll " + id + ": " + member + " is not a member present at this meeting; only they vote");
        }
        if (voted.contains(member)) {
            if (kind == Kind.NAMED && named.get(member) == choice) return false;
            throw new CommissionRefusal("poll " + id + ": " + member + " has voted; a vote once cast is final");
        }
        voted.add(member);
        if (kind == Kind.NAMED) named.put(member, choice);
        switch (choice) {
            case FOR -> forVotes++;
            case AGAINST -> against++;
            case ABSTAIN -> abstain++;
        }
        return true;
    }

    /** Figures from a show of hands: no more than the members present. */
    public void enter(Tally figures, int present) {
        if (closed()) throw new CommissionRefusal("poll " + id + ": closed; its figures stand");
        if (kind != Kind.ANALOG) throw new CommissionRefusal("poll " + id + ": figures are entered for an analog poll only");
        if (figures.cast() > present) {
            throw new CommissionRefusal("poll " + id + ": " + figures.cast() + " votes counted, more than the " + present + " members present");
        }
        forVotes = figures.forVotes();
        against = figures.against();
        abstain = figures.abstain();
    }

    /** Closes the poll: the quorum is checked now, with the members present at this moment. */
    public PollResult close(int members, int present, BodyRules rules) {
        if (closed()) throw new CommissionRefusal("poll " + id + ": already closed");
        result = PollResult.of(new Tally(forVotes, against, abstain), members, present, rules, rules.majorityFor(decision));
        return result;
    }

    public PollResult result() {
        return result;
    }

    /** How each member voted: for a named poll only; a secret poll keeps only who voted. */
    public Map<String, Choice> namedVotes() {
        return kind == Kind.NAMED ? Map.copyOf(named) : Map.of();
    }

    public Set<String> voters() {
        return Set.copyOf(voted);
    }
}
