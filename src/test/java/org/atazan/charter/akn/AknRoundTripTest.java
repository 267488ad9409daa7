package org.atazan.charter.akn;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterText;
import org.atazan.charter.text.CharterReader;
import org.atazan.charter.text.RealCharters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AknRoundTripTest {
    private static final AknMetadata KZ = new AknMetadata("kz", "constitution", "2026-03-15", "rus", "Конституция");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {RealCharters.GG_OLD, RealCharters.GG_NEW, RealCharters.KZ_2026, RealCharters.KZ_1995})
    void exportThenImportGivesTheParsedStructure(String name) {
        CharterText parsed = RealCharters.parsed(name);
        String xml = AknWriter.write(parsed, KZ);
        assertThat(AknReader.read(name + ".xml", utf8(xml))).isEqualTo(parsed);
        // The facade recognises XML by its first character.
        assertThat(new CharterReader().read(name + ".xml", utf8(xml))).isEqualTo(parsed);
    }

    @Test
    void documentCarriesFrbrIdentificationAndAknElements() {
        CharterText gg = RealCharters.parsed(RealCharters.GG_NEW);
        AknMetadata meta = new AknMetadata("de", "gg", "2012-07-11", "deu", gg.title());
        String xml = AknWriter.write(gg, meta);
        assertThat(xml).contains("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">")
                .contains("<act name=\"gg\">").contains("<identification source=\"#atazan\">")
                .contains("<FRBRthis value=\"/akn/de/act/2012-07-11/gg/!main\"/>")
                .contains("<FRBRlanguage language=\"deu\"/>").contains("<FRBRcountry value=\"de\"/>")
                .contains("<article eId=\"art_93\">").contains("<article eId=\"art_49\" status=\"removed\" period=\"#period_repealed\">")
                .contains("<eventRef eId=\"e_repealed\" date=\"2012-07-11\" source=\"#atazan\" type=\"repeal\"")
                .contains("<num>4c.</num>").contains("<intro>").contains("<preamble>").contains("<docTitle>");
        assertThat(AknReader.metadata("gg.xml", utf8(xml))).isEqualTo(meta);
    }

    @Test
    void versionsStoredWithTheOldRepealedStatusReadTheSame() {
        CharterText gg = RealCharters.parsed(RealCharters.GG_NEW);
        String xml = AknWriter.write(gg, new AknMetadata("de", "gg", "2012-07-11", "deu", gg.title()))
                .replace("status=\"removed\" period=\"#period_repealed\"", "status=\"repealed\"");
        assertThat(xml).contains("<article eId=\"art_49\" status=\"repealed\">");
        assertThat(AknReader.read("old.xml", utf8(xml))).isEqualTo(gg);
    }

    @Test
    void malformedXmlNamesTheLine() {
        assertThatThrownBy(() -> AknReader.read("bad.xml", utf8("<akomaNtoso xmlns=\"" + Akn.NS + "\">\n<act>\n</akomaNtoso>")))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("bad.xml:3:").hasMessageContaining("malformed XML");
    }

    @Test
    void foreignRootIsRefused() {
        assertThatThrownBy(() -> AknReader.read("feed.xml", utf8("<?xml version=\"1.0\"?>\n<rss><channel/></rss>")))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("feed.xml:2:").hasMessageContaining("<rss>");
    }

    @Test
    void missingBodyIsRefused() {
        String xml = "<akomaNtoso xmlns=\"" + Akn.NS + "\">\n  <act name=\"x\">\n    <meta/>\n  </act>\n</akomaNtoso>";
        assertThatThrownBy(() -> AknReader.read("nobody.xml", utf8(xml)))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("nobody.xml:2:").hasMessageContaining("no <body>");
    }

    @Test
    void unknownElementsAreNamed() {
        String xml = "<akomaNtoso xmlns=\"" + Akn.NS + "\"><act><body>\n<article><num>1</num>\n<table/></article></body></act></akomaNtoso>";
        assertThatThrownBy(() -> AknReader.read("t.xml", utf8(xml)))
                .isInstanceOf(CharterInputException.class).hasMessageStartingWith("t.xml:3:").hasMessageContaining("<table>");
    }

    @Test
    void externalEntitiesAreNotResolved() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<akomaNtoso xmlns=\"" + Akn.NS + "\"><act><body><article><num>1</num><content><p>&xxe;</p></content>"
                + "</article></body></act></akomaNtoso>";
        assertThatThrownBy(() -> AknReader.read("xxe.xml", utf8(xxe)))
                .isInstanceOf(CharterInputException.class).hasMessageContaining("xxe.xml")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
    }

    @Test
    void inlineMarkupAndBareArticleContentAreRead() {
        String xml = "<akomaNtoso xmlns=\"" + Akn.NS + "\"><act><preface><p><docTitle>T</docTitle></p></preface><body>"
                + "<chapter><num>1</num><heading>H</heading><article><num>7</num><content><p>Free <b>and</b> equal.</p>"
                + "</content></article></chapter></body></act></akomaNtoso>";
        CharterText t = AknReader.read("i.xml", utf8(xml));
        assertThat(t.title()).isEqualTo("T");
        assertThat(t.divisions().get(0).kind()).isEqualTo("chapter");
        assertThat(t.articles().get(0).paragraphs().get(0).text()).isEqualTo("Free and equal.");
    }
}
