package org.anlan.warning;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** The OASIS CAP schemas from ../shared/data/cap/oasis-schema (never copied into the repo); tests skip without them. */
public final class OasisSchema {

    static final Path DIR = Path.of("..", "shared", "data", "cap", "oasis-schema");

    private final Schema schema;

    private OasisSchema(Schema schema) {
        this.schema = schema;
    }

    public static OasisSchema cap(String version) throws SAXException {
        Path file = DIR.resolve("cap" + version.replace(".", "") + ".xsd");
        assumeTrue(Files.isRegularFile(file), "../shared/data/cap/oasis-schema not present: skipping the XSD check");
        SchemaFactory factory = SchemaFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return new OasisSchema(factory.newSchema(new StreamSource(file.toFile())));
    }

    /** Null when the XML is valid, otherwise the schema's complaint. */
    public String problem(String xml) {
        try {
            Validator validator = schema.newValidator();
            validator.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new StringReader(xml)));
            return null;
        } catch (SAXException e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
