package org.atazan.voting.web;

import org.atazan.kernel.BadInputException;
import org.atazan.voting.Referendum;
import org.atazan.voting.ReferendumDesk;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

/** The seats of a party-list vote as a hemicycle (SVG), for the seats page. */
@Controller
class SeatChart {
    private final ReferendumDesk desk;

    SeatChart(ReferendumDesk desk) {
        this.desk = desk;
    }

    @GetMapping(value = "/voting/seats/{id}/hemicycle.svg")
    ResponseEntity<String> hemicycle(@PathVariable String id, @RequestParam(required = false) Integer seats,
                                     @RequestParam(required = false) String method) {
        Referendum r = desk.referendum(id);
        if (r.isReferendum()) throw new BadInputException("'" + id + "' is a referendum, not a party-list vote");
        SeatTable table = SeatTable.of(r, desk.store().parties(id), seats, method);
        var parties = table.lines().stream().filter(l -> l.seats() != null)
                .map(l -> new Hemicycle.Party(l.party(), l.seats())).toList();
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)))
                .body(Hemicycle.svg(parties, r.title() + ": " + table.seats() + " seats, " + table.method()));
    }
}
