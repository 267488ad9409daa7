package org.atazan.charter.akn;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.CharterText;
import org.atazan.charter.text.CharterReader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Akoma Ntoso input is bounded while it is read, and read in time and memory linear in its size. */
class AknLimitsTest {
    private static final String HEAD = "<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"x\">\n<body>\n<article>\n<num>1</num>\n"
            + "<content>\n<p>";
    private static final String TAIL = "</p>\n</content>\n</article>\n</body>\n</act>\n</akomaNtoso>\n";

    /** An article whose one paragraph holds {@code depth} nested inline elements, one per line, each with some text. */
    static String nested(int depth, String textPerLevel) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < depth; i++) sb.append('\n').append("<i>").append(textPerLevel);
        for (int i = 0; i < depth; i++) sb.append("</i>");
        return sb.append(TAIL).toString();
    }

    static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static CharterLimits limits(int depth, int elements, long text) {
        return new CharterLimits(depth, elements, text, 100_000, 1_000_000);
    }

    @Test
    void theAuditsFileOf3000NestedElementsIsRefusedNamingTheDepthLimitAndLine() {
        String xml = nested(3000, "x".repeat(1000));
        assertThat(xml.length()).isGreaterThan(3_000_000);
        // <akomaNtoso> <act> <body> <article> <content> <p> are 6 levels, <p> on line 7: the 59th <i>, on
        // line 7 + 59, is the 65th level.
        assertThatThrownBy(() -> new CharterReader().read("deep.xml", utf8(xml)))
                .isInstanceOf(CharterInputException.class)
                .hasMessage("deep.xml:66: element <i> is nested more than 64 elements deep (the limit, setting atazan.limits.akn-depth)");
    }

    @Test
    void deepInlineMarkupIsReadInMemoryLinearInItsSize() {
        // 3,000 levels of 1,000 characters each. Text copied into every open ancestor, as before, would
        // need 3000 * 3000 / 2 * 1,000 characters (4.5 GB), more than the test JVM's heap: this fails then.
        String xml = nested(3000, "y".repeat(999) + " ");
        CharterText t = AknReader.read("deep.xml", utf8(xml), limits(5000, 1_000_000, 20_000_000));
        String paragraph = t.articles().get(0).paragraphs().get(0).text();
        assertThat(paragraph).hasSize(3000 * 1001);
        assertThat(paragraph).startsWith("\n" + "y".repeat(999) + " \n" + "y");
    }

    @Test
    void tooManyElementsAreRefusedNamingTheLimitAndLine() {
        StringBuilder sb = new StringBuilder(HEAD).append("</p>");
        for (int i = 0; i < 2000; i++) sb.append("\n<p>").append(i).append("</p>");
        String xml = sb.append("\n</content>\n</article>\n</body>\n</act>\n</akomaNtoso>").toString();
        // The 1,001st element: 6 elements up to the first <p>, then 995 more <p>, each on its own line 7, 8, ...
        assertThatThrownBy(() -> AknReader.read("many.xml", utf8(xml), limits(64, 1000, 20_000_000)))
                .isInstanceOf(CharterInputException.class)
                .hasMessage("many.xml:1001: more than 1,000 XML elements (the limit, setting atazan.limits.akn-elements)");
        assertThat(AknReader.read("many.xml", utf8(xml), limits(64, 3000, 20_000_000)).articles().get(0).paragraphs()
                .get(0).text()).endsWith("1999");
    }

    @Test
    void tooMuchTextIsRefusedNamingTheLimitAndLine() {
        String xml = HEAD + "a".repeat(100) + "</p>\n<p>" + "b".repeat(2000) + TAIL;
        assertThatThrownBy(() -> AknReader.read("big.xml", utf8(xml), limits(64, 1000, 1000)))
                .isInstanceOf(CharterInputException.class)
                .hasMessageStartingWith("big.xml:8: more than 1,000 characters of text")
                .hasMessageContaining("atazan.limits.charter-text");
    }

    @Test
    void aDocumentWithoutAnArticleIsRefusedLikeATextWithout() {
        String xml = "<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act name=\"x\">\n<preface><p><docTitle>T</docTitle></p></preface>\n"
                + "<body>\n<chapter><num>I</num><heading>Empty</heading></chapter>\n</body>\n</act>\n</akomaNtoso>";
        assertThatThrownBy(() -> new CharterReader().read("empty.akn.xml", utf8(xml)))
                .isInstanceOf(CharterInputException.class).hasMessage("empty.akn.xml:4: no <article> in <body>");
    }
}
