package org.atazan.charter.web;

import org.atazan.charter.Redline;
import org.atazan.charter.Redline.Op;
import org.atazan.charter.Redline.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedlineViewTest {

    static Redline redline() {
        return new Redline(List.of(
                new Segment(Op.SAME, "line 1\nline 2\nline 3\nline 4\nline 5 "),
                new Segment(Op.INSERTED, "added"),
                new Segment(Op.SAME, "\nline 6\nline 7\nline 8")));
    }

    @Test
    void foldsUnchangedLinesAwayFromTheChangeKeepingOneLineOfContext() {
        RedlineView v = RedlineView.of(redline(), false);
        assertThat(v.lines()).hasSize(5);
        assertThat(v.lines().get(0).folded()).isEqualTo(3);
        assertThat(v.lines().get(1).segments()).extracting(Segment::text).containsExactly("line 4");
        assertThat(v.lines().get(2).changed()).isTrue();
        assertThat(v.lines().get(2).segments()).extracting(Segment::text).containsExactly("line 5 ", "added");
        assertThat(v.lines().get(3).segments()).extracting(Segment::text).containsExactly("line 6");
        assertThat(v.lines().get(4).folded()).isEqualTo(2);
    }

    @Test
    void wholeArticleOnRequest() {
        RedlineView v = RedlineView.of(redline(), true);
        assertThat(v.lines()).hasSize(8).noneMatch(RedlineView.Line::fold);
    }
}
