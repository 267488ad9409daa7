package org.atazan.voting.web;

import org.atazan.voting.SeatAllocation;
import org.atazan.voting.SeatTable;
import org.atazan.voting.VoteRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/** The seats of a party-list vote as a hemicycle (SVG), for the seats page, in the reader's language ({@code ?lang=}). */
@Controller
class SeatChart {
    private final VoteRegistry votes;
    private final SeatAllocation seats;

    private final org.springframework.context.MessageSource messages;

    SeatChart(VoteRegistry votes, SeatAllocation seats, org.springframework.context.MessageSource messages) {
        this.votes = votes;
        this.seats = seats;
        this.messages = messages;
    }

    @GetMapping(value = "/voting/seats/{id}/hemicycle.svg")
    ResponseEntity<String> hemicycle(@PathVariable String id, @RequestParam(required = false) Integer seats,
                                     @RequestParam(required = false) String method) {
        SeatTable table = this.seats.table(id, seats, method);
        String lang = Views.language();
        var parties = table.lines().stream().filter(l -> l.seats() != null)
                .map(l -> new Hemicycle.Party(PartyNames.name(l.party(), lang), l.seats())).toList();
        String title = messages.getMessage("seats.hemicycleAlt", new Object[]{table.seats()}, VotingFormat.locale());
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(Hemicycle.svg(parties, votes.vote(id).title(lang) + ": " + title));
    }
}
