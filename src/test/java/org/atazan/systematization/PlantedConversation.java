package org.atazan.systematization;

import java.util.Random;

/**
 * A conversation with its opinion groups known, drawn from the ideal-point model of opinion: each group
 * stands at a point on a circle of two dimensions (for and against one thing, for and against another),
 * each statement points in a direction of that plane, and a group agrees with a statement as far as
 * they point the same way, is indifferent where they are nearly at right angles. A few statements are
 * agreed by every group. Participants vote on a random part of the statements and stray from their
 * group now and then.
 */
record PlantedConversation(ReactionMatrix.Builder reactions, int[] truth, int[] consensus) {

    ReactionMatrix matrix() {
        return reactions.build();
    }

    static PlantedConversation of(int groups, int participants, int statements, double density, double loyalty, long seed) {
        Random random = new Random(seed);
        int[][] stance = new int[groups][statements];
        int[] consensus = {0, 1, 2};
        for (int j = 0; j < statements; j++) {
            double direction = random.nextDouble() * 2 * Math.PI;
            for (int g = 0; g < groups; g++) {
                double position = 2 * Math.PI * g / groups;
                double agreement = Math.cos(position - direction);
                stance[g][j] = j < consensus.length ? 1 : Math.abs(agreement) < 0.3 ? 0 : (int) Math.signum(agreement);
            }
        }
        ReactionMatrix.Builder b = ReactionMatrix.builder();
        for (int j = 0; j < statements; j++) b.statement("s" + j);
        int[] truth = new int[participants];
        for (int p = 0; p < participants; p++) {
            int g = p % groups;
            truth[p] = g;
            for (int j = 0; j < statements; j++) {
                if (random.nextDouble() >= density) continue;
                int s = stance[g][j];
                int v = s == 0 ? (random.nextBoolean() ? 1 : -1) : random.nextDouble() < loyalty ? s : -s;
                b.react("p" + p, "s" + j, Reaction.of(v));
            }
        }
        return new PlantedConversation(b, truth, consensus);
    }

    /** The planted group of each placed participant, in the order placed. */
    int[][] labels(OpinionMap map) {
        int[] planted = new int[map.placed().size()], found = new int[map.placed().size()];
        for (int i = 0; i < planted.length; i++) {
            OpinionMap.Placement p = map.placed().get(i);
            planted[i] = truth[Integer.parseInt(p.participant().substring(1))];
            found[i] = p.group();
        }
        return new int[][]{planted, found};
    }
}
