package org.atazan.commission;

/** A member's role in a body. The chair and the secretary run its meetings. */
public enum Role {
    CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER;

    public boolean runsMeetings() {
        return this == CHAIR || this == SECRETARY;
    }
}
