package org.atazan.charter.akn;

import org.atazan.charter.CharterInputException;
import org.atazan.charter.CharterLimits;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small element tree with line numbers, read with StAX so that errors can name the line, and
 * bounded while it is read ({@link CharterLimits}: depth, element count, characters of text).
 * <p>
 * The text of the whole document is kept once, in reading order; an element knows where its own text
 * begins and ends in it, so that reading costs time and memory in proportion to the input however
 * deep the nesting (inline markup such as {@code <b>} is flattened into its parent's text).
 */
final class XmlNode {
    final String ns;
    final String name;
    final int line;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder documentText;
    private final int textStart;
    private int textEnd = -1;

    private XmlNode(String ns, String name, int line, StringBuilder documentText) {
        this.ns = ns == null ? "" : ns;
        this.name = name;
        this.line = line;
        this.documentText = documentText;
        this.textStart = documentText.length();
    }

    /** Parses the document; DTDs and external entities are refused so that XXE cannot read local files. */
    static XmlNode parse(String source, InputStream in, CharterLimits limits) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader r = null;
        StringBuilder text = new StringBuilder();
        try {
            r = f.createXMLStreamReader(in);
            List<XmlNode> stack = new ArrayList<>();
            XmlNode root = null;
            int elements = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new CharterInputException(source, line(r),
                            "DOCTYPE declarations are not accepted in Akoma Ntoso input");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new CharterInputException(source,
                            line(r), "entity reference &" + r.getLocalName() + "; is not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > limits.aknElements()) {
                            throw new CharterInputException(source, line(r), "more than " + number(limits.aknElements())
                                    + " XML elements (the limit, setting " + CharterLimits.AKN_ELEMENTS + ")");
                        }
                        if (stack.size() >= limits.aknDepth()) {
                            throw new CharterInputException(source, line(r), "element <" + r.getLocalName()
                                    + "> is nested more than " + number(limits.aknDepth())
                                    + " elements deep (the limit, setting " + CharterLimits.AKN_DEPTH + ")");
                        }
                        XmlNode n = new XmlNode(r.getNamespaceURI(), r.getLocalName(), line(r), text);
                        for (int i = 0; i < r.getAttributeCount(); i++) n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        if (stack.isEmpty()) root = n;
                        else stack.get(stack.size() - 1).children.add(n);
                        stack.add(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1).textEnd = text.length();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        // Text outside the root element (only white space is allowed there) belongs to nothing.
                        if (stack.isEmpty()) continue;
                        if (text.length() + (long) r.getTextLength() > limits.textChars()) {
                            throw new CharterInputException(source, line(r), "more than " + number(limits.textChars())
                                    + " characters of text (the limit, setting " + CharterLimits.TEXT + ")");
                        }
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                    default -> { }
                }
            }
            if (root == null) throw new CharterInputException(source, 1, "no XML element found");
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String msg = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            throw new CharterInputException(source, Math.max(line, 0), "malformed XML: " + msg.strip());
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { /* nothing to release */ }
        }
    }

    private static int line(XMLStreamReader r) {
        return Math.max(r.getLocation().getLineNumber(), 0);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** All the text inside this element, that of inline children included. */
    String text() {
        return documentText.substring(textStart, textEnd < 0 ? documentText.length() : textEnd);
    }

    XmlNode child(String childName) {
        for (XmlNode c : children) if (c.name.equals(childName)) return c;
        return null;
    }

    List<XmlNode> all(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) if (c.name.equals(childName)) out.add(c);
        return out;
    }

    /** The first element of that name at any depth below this one, in document order. */
    XmlNode find(String wanted) {
        for (XmlNode c : children) {
            if (c.name.equals(wanted)) return c;
            XmlNode deeper = c.find(wanted);
            if (deeper != null) return deeper;
        }
        return null;
    }

    String attr(String key) {
        return attributes.getOrDefault(key, "");
    }
}
