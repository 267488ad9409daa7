package org.atazan.charter.akn;

import org.atazan.charter.Article;
import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;
import org.atazan.charter.CharterText;
import org.atazan.charter.Division;
import org.atazan.charter.Paragraph;
import org.atazan.charter.Part;
import org.atazan.charter.Point;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Reads an Akoma Ntoso 3.0 act (as {@link AknWriter} writes it) back into a charter version. */
public final class AknReader {
    private final String source;

    private AknReader(String source) {
        this.source = source;
    }

    /** The charter text of the document, within the default limits; bad XML names the element and line. */
    public static CharterText read(String source, byte[] bytes) {
        return read(source, new ByteArrayInputStream(bytes), CharterLimits.DEFAULT);
    }

    /**
     * The charter text of the document read from a stream, checked against the limits while it is read
     * (depth, elements, characters of text); bad XML names the element and line.
     */
    public static CharterText read(String source, InputStream in, CharterLimits limits) {
        return new AknReader(source).text(document(source, in, limits));
    }

    /** The FRBR identification of the document. */
    public static AknMetadata metadata(String source, byte[] bytes) {
        XmlNode doc = document(source, new ByteArrayInputStream(bytes), CharterLimits.DEFAULT);
        XmlNode work = doc.find("FRBRWork");
        XmlNode expr = doc.find("FRBRExpression");
        String country = attrOf(work, "FRBRcountry", "value");
        String date = attrOf(expr != null ? expr : work, "FRBRdate", "date");
        String language = attrOf(expr, "FRBRlanguage", "language");
        XmlNode title = doc.find("docTitle");
        return new AknMetadata(country, doc.attr("name"), date, language, title == null ? "" : title.text().strip());
    }

    private static XmlNode document(String source, InputStream in, CharterLimits limits) {
        XmlNode root = XmlNode.parse(source, in, limits);
        if (!root.name.equals("akomaNtoso") || !root.ns.equals(Akn.NS)) {
            throw new CharterInputException(source, root.line, "root element <" + root.name + "> is not <akomaNtoso> in "
                    + Akn.NS);
        }
        if (root.children.isEmpty()) throw new CharterInputException(source, root.line, "<akomaNtoso> has no document");
        return root.children.get(0);
    }

    private CharterText text(XmlNode doc) {
        XmlNode body = doc.child("body");
        if (body == null) throw new CharterInputException(source, doc.line, "<" + doc.name + "> has no <body>");
        XmlNode preface = doc.child("preface");
        XmlNode title = preface == null ? null : preface.find("docTitle");
        XmlNode preamble = doc.child("preamble");
        CharterText text = new CharterText(title == null ? "" : title.text().strip(),
                preamble == null ? "" : lines(preamble), parts(body));
        // As for plain text: a charter is its articles, and a document without one is not a charter.
        if (text.articles().isEmpty()) throw new CharterInputException(source, body.line, "no <article> in <body>");
        return text;
    }

    private List<Part> parts(XmlNode container) {
        List<Part> out = new ArrayList<>();
        for (XmlNode c : container.children) {
            if (c.name.equals("article")) out.add(article(c));
            else if (Akn.DIVISION_KINDS.contains(c.name)) out.add(new Division(c.name, leaf(c, "num"), leaf(c, "heading"), parts(c)));
            else if (!c.name.equals("num") && !c.name.equals("heading")) unsupported(c, container);
        }
        return out;
    }

    private Article article(XmlNode a) {
        String number = leaf(a, "num");
        if (number.isEmpty()) throw new CharterInputException(source, a.line, "<article> without <num>");
        if (repealed(a)) {
            XmlNode content = a.child("content");
            return new Article(number, leaf(a, "heading"), List.of(), true, content == null ? "" : lines(content));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (XmlNode c : a.children) {
            switch (c.name) {
                case "num", "heading" -> { }
                case "paragraph" -> paragraphs.add(paragraph(c));
                case "content" -> paragraphs.add(new Paragraph("", lines(c)));
                default -> unsupported(c, a);
            }
        }
        return new Article(number, leaf(a, "heading"), paragraphs, false, "");
    }

    /**
     * Akoma Ntoso marks a repealed article {@code status="removed"} (the schema's value); versions stored
     * before this platform wrote valid Akoma Ntoso say {@code status="repealed"}, and read the same.
     */
    private static boolean repealed(XmlNode article) {
        String status = article.attr("status");
        return status.equals("removed") || status.equals("repealed");
    }

    private Paragraph paragraph(XmlNode p) {
        XmlNode content = p.child("content");
        XmlNode list = p.child("list");
        if (content != null) return new Paragraph(leaf(p, "num"), lines(content));
        if (list == null) throw new CharterInputException(source, p.line, "<paragraph> needs <content> or <list>");
        XmlNode intro = list.child("intro");
        List<Point> points = new ArrayList<>();
        for (XmlNode pt : list.all("point")) {
            XmlNode c = pt.child("content");
            if (c == null) throw new CharterInputException(source, pt.line, "<point> without <content>");
            points.add(new Point(leaf(pt, "num"), lines(c)));
        }
        return new Paragraph(leaf(p, "num"), intro == null ? "" : lines(intro), points);
    }

    /** The text of each {@code <p>} child, one per line. */
    private static String lines(XmlNode block) {
        List<String> out = new ArrayList<>();
        for (XmlNode p : block.all("p")) out.add(p.text());
        return String.join("\n", out);
    }

    private static String leaf(XmlNode parent, String name) {
        XmlNode n = parent.child(name);
        return n == null ? "" : n.text().strip();
    }

    private static String attrOf(XmlNode parent, String name, String attribute) {
        XmlNode n = parent == null ? null : parent.child(name);
        return n == null ? "" : n.attr(attribute);
    }

    private void unsupported(XmlNode c, XmlNode parent) {
        throw new CharterInputException(source, c.line, "unsupported element <" + c.name + "> in <" + parent.name + ">");
    }
}
