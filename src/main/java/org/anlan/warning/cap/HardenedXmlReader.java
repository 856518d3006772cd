package org.anlan.warning.cap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML from outside into {@link XmlElement}s with the parser locked down: no DTD at all (a DOCTYPE is refused,
 * not skipped), no entity other than the five predefined ones, no external access of any kind, and bounds on
 * size, depth, element count and text length. Nothing is fetched from the file system or the network.
 */
final class HardenedXmlReader {

    static final int DEFAULT_MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 16;
    static final int MAX_ELEMENTS = 10_000;
    static final int MAX_TEXT_CHARS = 256 * 1024;

    /** Repeatable CAP elements carry their position in paths ({@code info[2]}); the others do not. */
    private static final Set<String> INDEXED = Set.of("info", "area", "code", "category", "responseType", "eventCode",
            "parameter", "resource", "polygon", "circle", "geocode");

    private final int maxBytes;

    HardenedXmlReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads at most {@code maxBytes} from the stream; more is refused without reading the rest. */
    byte[] readBounded(InputStream in) throws IOException, CapReadException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new CapReadException("/", "message larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    XmlElement read(byte[] bytes) throws CapReadException {
        if (bytes.length > maxBytes) {
            throw new CapReadException("/", "message larger than " + maxBytes + " bytes");
        }
        XMLStreamReader reader = null;
        try {
            reader = factory().createXMLStreamReader(new ByteArrayInputStream(bytes));
            return readDocument(reader);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new CapReadException("/", "not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            // the JDK parser reports some malformed input (bad encodings, for one) as unchecked exceptions
            throw new CapReadException("/", "not well-formed XML: " + firstLine(String.valueOf(e.getMessage())));
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }

    private XmlElement readDocument(XMLStreamReader reader) throws XMLStreamException, CapReadException {
        Deque<Builder> open = new ArrayDeque<>();
        XmlElement root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new CapReadException("/", "DOCTYPE/DTD not allowed");
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                        throw new CapReadException(pathOf(open), "entity reference not allowed: " + reader.getLocalName());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (root != null) {
                        throw new CapReadException("/", "content after the root element");
                    }
                    if (++elements > MAX_ELEMENTS) {
                        throw new CapReadException(pathOf(open), "more than " + MAX_ELEMENTS + " elements");
                    }
                    if (open.size() >= MAX_DEPTH) {
                        throw new CapReadException(pathOf(open), "nested deeper than " + MAX_DEPTH + " levels");
                    }
                    open.push(startElement(reader, open.peek()));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    Builder current = open.peek();
                    if (current != null) {
                        current.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        root = done;
                    } else {
                        open.peek().children.add(done);
                    }
                }
                default -> {
                    // comments, processing instructions and the end of the document carry nothing for CAP
                }
            }
        }
        if (root == null) {
            throw new CapReadException("/", "no root element");
        }
        return root;
    }

    private static Builder startElement(XMLStreamReader reader, Builder parent) {
        String name = reader.getLocalName();
        String segment = name;
        if (parent != null && INDEXED.contains(name)) {
            segment = name + "[" + parent.nextIndex(name) + "]";
        }
        List<String> attributes = new ArrayList<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.add(reader.getAttributeLocalName(i));
        }
        String path = (parent == null ? "" : parent.path) + "/" + segment;
        return new Builder(reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI(), name, path, attributes);
    }

    private static String pathOf(Deque<Builder> open) {
        return open.isEmpty() ? "/" : open.peek().path;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        int detail = line.indexOf("Message: ");
        return detail >= 0 ? line.substring(detail + 9) : line;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that needs closing beyond the in-memory stream
            }
        }
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final String path;
        final List<String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();

        Builder(String namespace, String name, String path, List<String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.path = path;
            this.attributes = attributes;
        }

        int nextIndex(String childName) {
            return seen.merge(childName, 1, Integer::sum);
        }

        void append(String characters) throws CapReadException {
            if (text.length() + characters.length() > MAX_TEXT_CHARS) {
                throw new CapReadException(path, "text longer than " + MAX_TEXT_CHARS + " characters");
            }
            text.append(characters);
        }

        XmlElement build() {
            return new XmlElement(namespace, name, text.toString(), List.copyOf(attributes), List.copyOf(children), path);
        }
    }
}
