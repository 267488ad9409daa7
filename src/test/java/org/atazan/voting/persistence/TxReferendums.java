package org.atazan.voting.persistence;

import org.atazan.voting.PartyResult;
import org.atazan.voting.Referendum;
import org.atazan.voting.Referendums;
import org.atazan.voting.Revision;
import org.atazan.voting.Territory;
import org.atazan.voting.TurnoutReport;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/** The store with the transaction boundary Spring's proxy gives it in the platform. */
record TxReferendums(JdbcReferendums store, TransactionTemplate tx) implements Referendums {
    public void create(Referendum r) { store.create(r); }
    public Optional<Referendum> find(String id) { return store.find(id); }
    public List<Referendum> all() { return store.all(); }
    public List<Territory> territories(String id) { return store.territories(id); }
    public List<Revision> latest(String id) { return store.latest(id); }
    public List<Revision> history(String id, String s) { return store.history(id, s); }
    public void append(String id, List<Territory> t, List<Revision> r) { tx.executeWithoutResult(x -> store.append(id, t, r)); }
    public void addTurnout(String id, List<TurnoutReport> r) { store.addTurnout(id, r); }
    public List<TurnoutReport> turnout(String id) { return store.turnout(id); }
    public void saveParties(String id, List<PartyResult> rows) { store.saveParties(id, rows); }
    public List<PartyResult> parties(String id) { return store.parties(id); }
}
