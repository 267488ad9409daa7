package org.atazan.charter.akn;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The OASIS Akoma Ntoso 3.0 schema (src/test/resources/akn, see its README), loaded from local files
 * only: its import of xml.xsd resolves beside it, and any other address is refused (no network).
 */
public final class AknSchema {
    private static final Schema SCHEMA = load();

    private AknSchema() {
    }

    private static Schema load() {
        try {
            URL xsd = AknSchema.class.getResource("/akn/akomantoso30.xsd");
            if (xsd == null) throw new IllegalStateException("akn/akomantoso30.xsd is missing from the test resources");
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return f.newSchema(xsd);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the Akoma Ntoso schema", e);
        }
    }

    /** Every schema error in the document, as "line N: message"; empty when it is valid. */
    public static List<String> errors(String xml) {
        List<String> errors = new ArrayList<>();
        try {
            Validator v = SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    if (errors.size() < 20) errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            v.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // already recorded by fatalError
        } catch (Exception e) {
            errors.add(e.toString());
        }
        return errors;
    }
}
