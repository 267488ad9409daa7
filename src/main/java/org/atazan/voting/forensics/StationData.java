package org.atazan.voting.forensics;

import org.atazan.voting.Protocol;

import java.util.List;

/** Station figures as plain arrays: the Monte Carlo loop reads them 10^8 times. */
public final class StationData {
    final String[] codes;
    final int[] registered;
    final int[] issued;
    final int[] inBoxes;
    final int[] yes;

    private StationData(int n) {
        codes = new String[n];
        registered = new int[n];
        issued = new int[n];
        inBoxes = new int[n];
        yes = new int[n];
    }

    /** Figures of the given protocols' first question. */
    public static StationData of(List<Protocol> protocols) {
        StationData d = new StationData(protocols.size());
        for (int i = 0; i < protocols.size(); i++) {
            Protocol p = protocols.get(i);
            d.codes[i] = p.stationCode();
            d.registered[i] = Math.toIntExact(p.registered());
            d.issued[i] = Math.toIntExact(p.issued());
            d.inBoxes[i] = Math.toIntExact(p.inBoxes());
            d.yes[i] = Math.toIntExact(p.yes());
        }
        return d;
    }

    public int size() {
        return codes.length;
    }
}
