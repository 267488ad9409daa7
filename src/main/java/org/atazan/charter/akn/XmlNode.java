package org.atazan.charter.akn;

import org.atazan.charter.CharterInputException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small element tree with line numbers, read with StAX so that errors can name the line. */
final class XmlNode {
    final String ns;
    final String name;
    final int line;
    final Map<String, String> attributes = new HashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String ns, String name, int line) {
        this.ns = ns == null ? "" : ns;
        this.name = name;
        this.line = line;
    }

    /** Parses the document; DTDs and external entities are refused so that XXE cannot read local files. */
    static XmlNode parse(String source, byte[] bytes) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            List<XmlNode> stack = new ArrayList<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new CharterInputException(source, r.getLocation().getLineNumber(),
                            "DOCTYPE declarations are not accepted in Akoma Ntoso input");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new CharterInputException(source,
                            r.getLocation().getLineNumber(), "entity reference &" + r.getLocalName() + "; is not accepted");
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlNode n = new XmlNode(r.getNamespaceURI(), r.getLocalName(), r.getLocation().getLineNumber());
                        for (int i = 0; i < r.getAttributeCount(); i++) n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        if (stack.isEmpty()) root = n;
                        else stack.get(stack.size() - 1).children.add(n);
                        stack.add(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        // Inline markup (<b>, <ref>) is flattened: its text belongs to every enclosing element.
                        for (XmlNode open : stack) open.text.append(r.getText());
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

    String text() {
        return text.toString();
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

    /** The first element of that name at any depth below this one. */
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
