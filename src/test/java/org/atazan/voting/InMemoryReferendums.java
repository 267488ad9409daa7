package org.atazan.voting;

import org.atazan.kernel.BadInputException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The voting store in memory, for plain-Java tests of the use cases; {@link #failWrites} makes every write fail. */
final class InMemoryReferendums implements Referendums {
    final Map<String, Referendum> votes = new LinkedHashMap<>();
    final Map<String, List<Territory>> territories = new LinkedHashMap<>();
    final Map<String, List<Revision>> revisions = new LinkedHashMap<>();
    final Map<String, List<TurnoutReport>> turnout = new LinkedHashMap<>();
    final Map<String, List<PartyResult>> parties = new LinkedHashMap<>();
    final Map<String, List<PublishedResult>> publications = new LinkedHashMap<>();
    boolean failWrites;

    final Map<String, String> creators = new LinkedHashMap<>();

    @Override
    public void create(Referendum r, String createdBy) {
        write();
        if (votes.putIfAbsent(r.id(), r) != null) throw new BadInputException("vote '" + r.id() + "' already exists");
        if (createdBy != null) creators.put(r.id(), createdBy);
    }

    @Override
    public Optional<String> creator(String id) {
        return Optional.ofNullable(creators.get(id));
    }

    @Override
    public Optional<Referendum> find(String id) {
        return Optional.ofNullable(votes.get(id));
    }

    @Override
    public List<Referendum> all() {
        return votes.values().stream().sorted(Comparator.comparing(Referendum::date).reversed()).toList();
    }

    @Override
    public List<Territory> territories(String id) {
        return List.copyOf(territories.getOrDefault(id, List.of()));
    }

    @Override
    public List<Revision> latest(String id) {
        Map<String, Revision> last = new LinkedHashMap<>();
        for (Revision r : revisions.getOrDefault(id, List.of())) last.put(r.station(), r);
        return List.copyOf(last.values());
    }

    @Override
    public List<Revision> history(String id, String station) {
        return revisions.getOrDefault(id, List.of()).stream().filter(r -> r.station().equals(station)).toList();
    }

    @Override
    public List<Revision> enteredAt(String id, java.time.Instant at) {
        return revisions.getOrDefault(id, List.of()).stream().filter(r -> r.enteredAt().equals(at))
                .sorted(java.util.Comparator.comparing(Revision::station).thenComparing(Revision::number)).toList();
    }

    @Override
    public void append(String id, List<Territory> newTerritories, List<Revision> revs) {
        write();
        for (Revision r : revs) {
            if (history(id, r.station()).stream().anyMatch(h -> h.number() == r.number())) {
                throw new BadInputException("duplicate submission: station " + r.station());
            }
        }
        territories.computeIfAbsent(id, k -> new ArrayList<>()).addAll(newTerritories);
        revisions.computeIfAbsent(id, k -> new ArrayList<>()).addAll(revs);
    }

    @Override
    public void addTurnout(String id, List<TurnoutReport> reports) {
        write();
        turnout.computeIfAbsent(id, k -> new ArrayList<>()).addAll(reports);
    }

    @Override
    public List<TurnoutReport> turnout(String id) {
        return List.copyOf(turnout.getOrDefault(id, List.of()));
    }

    @Override
    public void saveParties(String id, List<PartyResult> rows) {
        write();
        parties.put(id, List.copyOf(rows));
    }

    @Override
    public List<PartyResult> parties(String id) {
        return parties.getOrDefault(id, List.of());
    }

    @Override
    public void addPublication(PublishedResult result) {
        write();
        List<PublishedResult> list = publications.computeIfAbsent(result.referendum(), k -> new ArrayList<>());
        if (result.number() != list.size() + 1) throw new BadInputException("publication " + result.number() + " out of order");
        list.add(result);
    }

    @Override
    public List<PublishedResult> publications(String id) {
        return List.copyOf(publications.getOrDefault(id, List.of()));
    }

    private void write() {
        if (failWrites) throw new IllegalStateException("the store is down");
    }
}
