package org.atazan.voting.config;

import org.atazan.kernel.DomainEvents;
import org.atazan.kernel.UnitOfWork;
import org.atazan.platform.NavigationEntry;
import org.atazan.voting.ForensicsDesk;
import org.atazan.voting.ImportLimits;
import org.atazan.voting.LiveTotals;
import org.atazan.voting.ProtocolDesk;
import org.atazan.voting.ProtocolImport;
import org.atazan.voting.Referendums;
import org.atazan.voting.Results;
import org.atazan.voting.SeatAllocation;
import org.atazan.voting.TurnoutReports;
import org.atazan.voting.VoteRegistry;
import org.atazan.voting.VoteSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.util.unit.DataSize;

import java.time.Clock;

/**
 * Wires the plain-Java voting use cases to the persistence adapter and to the platform's unit of work
 * (a database transaction) and domain events (kept in the same transaction, delivered after commit).
 */
@Configuration(proxyBeanMethods = false)
class VotingConfiguration {
    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    VoteRegistry voteRegistry(Referendums store) {
        return new VoteRegistry(store);
    }

    @Bean
    LiveTotals liveTotals(Referendums store, VoteRegistry votes) {
        return new LiveTotals(store, votes);
    }

    @Bean
    VoteSetup voteSetup(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork, DomainEvents events) {
        return new VoteSetup(store, votes, totals, unitOfWork, events, CLOCK);
    }

    @Bean
    ProtocolDesk protocolDesk(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                              DomainEvents events) {
        return new ProtocolDesk(store, votes, totals, unitOfWork, events, CLOCK);
    }

    /** The limits a protocol file is read under, from {@code atazan.limits.*} (the command line uses the defaults). */
    @Bean
    ImportLimits importLimits(@Value("${atazan.limits.csv-bytes:2GB}") DataSize csvBytes,
                              @Value("${atazan.limits.zip-entries:1000}") int zipEntries,
                              @Value("${atazan.limits.csv-line-chars:65536}") int lineChars,
                              @Value("${atazan.limits.csv-rows:2000000}") long rows,
                              @Value("${atazan.limits.report-rows:100}") int reportedRows) {
        return new ImportLimits(csvBytes.toBytes(), zipEntries, lineChars, rows, reportedRows);
    }

    @Bean
    ProtocolImport protocolImport(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                                  DomainEvents events, ImportLimits limits) {
        return new ProtocolImport(store, votes, totals, unitOfWork, events, CLOCK, limits);
    }

    @Bean
    TurnoutReports turnoutReports(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork,
                                  DomainEvents events) {
        return new TurnoutReports(store, votes, totals, unitOfWork, events, CLOCK);
    }

    @Bean
    Results results(Referendums store, VoteRegistry votes, LiveTotals totals, UnitOfWork unitOfWork, DomainEvents events) {
        return new Results(store, votes, totals, unitOfWork, events, CLOCK);
    }

    @Bean
    SeatAllocation seatAllocation(Referendums store, VoteRegistry votes) {
        return new SeatAllocation(store, votes);
    }

    @Bean
    ForensicsDesk forensicsDesk(Referendums store, LiveTotals totals) {
        return new ForensicsDesk(store, totals);
    }

    @Bean
    NavigationEntry votingNavigation() {
        return new NavigationEntry("nav.voting", "/voting", 20);
    }
}
