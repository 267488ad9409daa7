package org.atazan.voting.forensics;

import org.atazan.SharedData;
import org.atazan.voting.ColumnMapping;
import org.atazan.voting.ImportMode;
import org.atazan.voting.protocols.ProtocolReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class ForensicsRealFileTest {
    static StationData data;

    @BeforeAll
    static void read() {
        data = StationData.of(ProtocolReader.read(SharedData.file("ru-2020-constitutional-vote.csv.zip"),
                ColumnMapping.load("ru-2020"), ImportMode.TOLERANT).protocols());
    }

    @Test
    void russia2020HasAnIntegerExcessNearThePublishedOne() {
        IntegerReport r = IntegerPercentages.analyse(data, 100, 42);
        System.out.printf("ru-2020: eligible %d, integer %d, expected %.1f, excess %.1f, p99.9 %.0f, sd %.1f%n",
                r.eligibleStations(), r.integerStations(), r.expectedIntegerStations(), r.excess(),
                r.percentile999(), r.stddev());
        assertThat(r.integerStations()).isGreaterThan((int) r.percentile999());
        // Published: about 3,700 excess stations; our definitions differ in detail, so a wide band.
        assertThat(r.excess()).isBetween(2_500.0, 5_000.0);
        assertThat(r.stations()).hasSize(r.integerStations());
        assertThat(r.stations().get(0).voters()).isGreaterThanOrEqualTo(r.stations().get(1).voters());
    }

    /** The counts of the authors' own code on this file (dkobak/elections, referendum 2020), and the earlier ones. */
    @Test
    void thePapersSelectionFindsThePapersCountsAndTheOtherItsOwn() {
        IntegerReport paper = IntegerPercentages.analyse(data, Selection.PAPER, 1, 42);
        assertThat(paper.eligibleStations()).isEqualTo(90_579);
        assertThat(paper.integerStations()).isEqualTo(21_128);
        IntegerReport voted = IntegerPercentages.analyse(data, Selection.VOTED, 1, 42);
        assertThat(voted.eligibleStations()).isEqualTo(88_709);
        assertThat(voted.integerStations()).isEqualTo(20_638);
    }

    @Test
    void histogramHoldsEveryVoterAndRendersAsPngAndSvg(@TempDir Path dir) throws Exception {
        Histogram2D h = Histogram2D.of(data, 100);
        assertThat(h.total()).isCloseTo(73_024_006.0, offset(0.5));
        assertThat(h.max()).isPositive();
        Path png = dir.resolve("h.png");
        HistogramRenderer.writePng(h, 4, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(400);
        // The densest cell is drawn darker than an empty corner (0 % turnout, 100 % yes).
        assertThat(img.getRGB(0, 0) & 0xffffff).isEqualTo(0xffffff);
        Path svg = dir.resolve("h.svg");
        HistogramRenderer.writeSvg(h, 4, svg);
        String s = Files.readString(svg);
        assertThat(s).startsWith("<svg").contains("<rect x=").endsWith("</svg>\n");
    }
}
