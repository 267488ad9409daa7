package org.atazan.charter.akn;

import org.atazan.charter.Article;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Part;
import org.atazan.charter.Point;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a charter version as an Akoma Ntoso 3.0 act, valid against the OASIS schema
 * ({@code akomantoso30.xsd}). A repealed article keeps its number and note, marked
 * {@code status="removed"} with a {@code period} that ends at the repeal, a lifecycle event of the
 * expression: the text says an article is repealed, not when, so the event carries the version's date
 * and says it is "repealed by" that date.
 */
public final class AknWriter {
    /** The schema's status of an element whose content is no longer part of the text. */
    static final String REMOVED = "removed";
    static final String REPEAL_EVENT = "e_repealed";
    static final String REPEALED_PERIOD = "period_repealed";
    private final XMLStreamWriter w;
    private final Set<String> ids = new HashSet<>();

    private AknWriter(XMLStreamWriter w) {
        this.w = w;
    }

    /** The whole document as a string, indented one element per line. */
    public static String write(CharterText text, AknMetadata meta) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new AknWriter(w).document(text, meta);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Akoma Ntoso", e);
        }
        return out.toString();
    }

    private void document(CharterText text, AknMetadata meta) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        nl(0);
        w.writeStartElement("akomaNtoso");
        w.writeDefaultNamespace(Akn.NS);
        open(1, "act", "name", meta.charterId());
        open(2, "meta");
        open(3, "identification", "source", "#atazan");
        frbr("FRBRWork", meta.workUri(), meta, false);
        frbr("FRBRExpression", meta.expressionUri(), meta, true);
        frbr("FRBRManifestation", meta.expressionUri(), meta, false);
        close(3);
        boolean repeals = text.articles().stream().anyMatch(Article::repealed);
        if (repeals) {
            open(3, "lifecycle", "source", "#atazan");
            empty(4, "eventRef", "eId", REPEAL_EVENT, "date", meta.date(), "source", "#atazan", "type", "repeal",
                    "refersTo", "#repealedBy");
            close(3);
            open(3, "temporalData", "source", "#atazan");
            open(4, "temporalGroup", "eId", REPEALED_PERIOD);
            empty(5, "timeInterval", "end", "#" + REPEAL_EVENT, "refersTo", "#inForce");
            close(4);
            close(3);
        }
        open(3, "references", "source", "#atazan");
        empty(4, "TLCOrganization", "eId", "atazan", "href", "/ontology/organization/atazan", "showAs", "Atazan");
        if (repeals) {
            empty(4, "TLCConcept", "eId", "inForce", "href", "/ontology/concept/atazan/inForce", "showAs", "in force");
            empty(4, "TLCConcept", "eId", "repealedBy", "href", "/ontology/concept/atazan/repealedBy",
                    "showAs", "repealed on or before this date (the text does not say when)");
        }
        close(3);
        close(2);
        open(2, "preface");
        nl(3);
        w.writeStartElement("p");
        w.writeAttribute("class", "title");
        w.writeStartElement("docTitle");
        w.writeCharacters(text.title());
        w.writeEndElement();
        w.writeEndElement();
        close(2);
        if (!text.preamble().isEmpty()) {
            open(2, "preamble");
            paragraphs(3, text.preamble());
            close(2);
        }
        open(2, "body");
        parts(3, text.body(), "");
        close(2);
        close(1);
        nl(0);
        w.writeEndElement();
        w.writeEndDocument();
    }

    private void frbr(String name, String uri, AknMetadata meta, boolean language) throws XMLStreamException {
        boolean manifestation = name.equals("FRBRManifestation");
        open(4, name);
        empty(5, "FRBRthis", "value", uri + (manifestation ? "/!main.xml" : "/!main"));
        empty(5, "FRBRuri", "value", uri + (manifestation ? ".akn" : ""));
        empty(5, "FRBRdate", "date", meta.date(), "name", name.equals("FRBRWork") ? "adoption" : "version");
        empty(5, "FRBRauthor", "href", "#atazan");
        if (name.equals("FRBRWork")) {
            empty(5, "FRBRcountry", "value", meta.country());
            if (!meta.title().isEmpty()) empty(5, "FRBRname", "value", meta.title());
        }
        if (language) empty(5, "FRBRlanguage", "language", meta.language());
        close(4);
    }

    private void parts(int depth, List<Part> parts, String prefix) throws XMLStreamException {
        for (Part part : parts) {
            if (part instanceof Division d) {
                open(depth, d.kind(), "eId", id(prefix + d.kind() + "_" + (d.number().isEmpty() ? "x" : Akn.idPart(d.number()))));
                if (!d.number().isEmpty()) leaf(depth + 1, "num", d.number());
                if (!d.heading().isEmpty()) leaf(depth + 1, "heading", d.heading());
                parts(depth + 1, d.children(), "");
                close(depth);
            } else {
                article(depth, (Article) part);
            }
        }
    }

    private void article(int depth, Article a) throws XMLStreamException {
        String eId = id("art_" + Akn.idPart(a.number()));
        if (a.repealed()) open(depth, "article", "eId", eId, "status", REMOVED, "period", "#" + REPEALED_PERIOD);
        else open(depth, "article", "eId", eId);
        leaf(depth + 1, "num", a.number());
        if (!a.heading().isEmpty()) leaf(depth + 1, "heading", a.heading());
        if (a.repealed()) {
            content(depth + 1, a.repealNote());
        }
        int n = 0;
        for (Paragraph p : a.paragraphs()) {
            n++;
            String pid = id(eId + "__para_" + (p.number().isEmpty() ? "u" + n : Akn.idPart(p.number())));
            open(depth + 1, "paragraph", "eId", pid);
            if (!p.number().isEmpty()) leaf(depth + 2, "num", p.number());
            if (p.points().isEmpty()) {
                content(depth + 2, p.text());
            } else {
                open(depth + 2, "list", "eId", id(pid + "__list_1"));
                if (!p.text().isEmpty()) {
                    open(depth + 3, "intro");
                    paragraphs(depth + 4, p.text());
                    close(depth + 3);
                }
                int k = 0;
                for (Point pt : p.points()) {
                    k++;
                    open(depth + 3, "point", "eId", id(pid + "__point_" + (pt.number().isEmpty() ? "u" + k : Akn.idPart(pt.number()))));
                    if (!pt.number().isEmpty()) leaf(depth + 4, "num", pt.number());
                    content(depth + 4, pt.text());
                    close(depth + 3);
                }
                close(depth + 2);
            }
            close(depth + 1);
        }
        close(depth);
    }

    private void content(int depth, String text) throws XMLStreamException {
        open(depth, "content");
        paragraphs(depth + 1, text);
        close(depth);
    }

    /** One {@code <p>} per line, so that line breaks inside a paragraph survive the round trip. */
    private void paragraphs(int depth, String text) throws XMLStreamException {
        for (String line : text.split("\n", -1)) leaf(depth, "p", line);
    }

    private String id(String wanted) {
        String id = wanted;
        for (int i = 2; !ids.add(id); i++) id = wanted + "_" + i;
        return id;
    }

    private void leaf(int depth, String name, String text) throws XMLStreamException {
        nl(depth);
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private void open(int depth, String name, String... attributes) throws XMLStreamException {
        nl(depth);
        w.writeStartElement(name);
        for (int i = 0; i < attributes.length; i += 2) w.writeAttribute(attributes[i], attributes[i + 1]);
    }

    private void empty(int depth, String name, String... attributes) throws XMLStreamException {
        nl(depth);
        w.writeEmptyElement(name);
        for (int i = 0; i < attributes.length; i += 2) w.writeAttribute(attributes[i], attributes[i + 1]);
    }

    private void close(int depth) throws XMLStreamException {
        nl(depth);
        w.writeEndElement();
    }

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
