package org.anlan.warning.cap;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.anlan.warning.cap.CapAlert.Area;
import org.anlan.warning.cap.CapAlert.Info;
import org.anlan.warning.cap.CapAlert.NameValue;
import org.anlan.warning.cap.CapAlert.Resource;

/** Writes a {@link CapAlert} as XML in its version's namespace, elements in schema order, nulls left out. */
public final class CapWriter {

    /** CAP 1.2's date-time form: seconds, no fraction, numeric offset. */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CapWriter() {
    }

    public static String write(CapAlert alert) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(alert.version().namespace());
            xml.writeStartElement(alert.version().namespace(), "alert");
            xml.writeDefaultNamespace(alert.version().namespace());
            var w = new Elements(xml, alert.version().namespace(), 1);
            w.leaf("identifier", alert.identifier());
            w.leaf("sender", alert.sender());
            w.leaf("sent", format(alert.sent()));
            w.leaf("status", alert.status());
            w.leaf("msgType", alert.msgType());
            w.leaf("source", alert.source());
            w.leaf("scope", alert.scope());
            w.leaf("restriction", alert.restriction());
            w.leaf("addresses", alert.addresses());
            w.leaves("code", alert.codes());
            w.leaf("note", alert.note());
            w.leaf("references", alert.references());
            w.leaf("incidents", alert.incidents());
            for (Info info : alert.infos()) {
                writeInfo(w, info);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write CAP", e);
        }
        return out.append('\n').toString();
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null : CAP_TIME.format(time);
    }

    private static void writeInfo(Elements parent, Info info) throws XMLStreamException {
        Elements w = parent.open("info");
        w.leaf("language", info.language());
        w.leaves("category", info.categories());
        w.leaf("event", info.event());
        w.leaves("responseType", info.responseTypes());
        w.leaf("urgency", info.urgency());
        w.leaf("severity", info.severity());
        w.leaf("certainty", info.certainty());
        w.leaf("audience", info.audience());
        w.pairs("eventCode", info.eventCodes());
        w.leaf("effective", format(info.effective()));
        w.leaf("onset", format(info.onset()));
        w.leaf("expires", format(info.expires()));
        w.leaf("senderName", info.senderName());
        w.leaf("headline", info.headline());
        w.leaf("description", info.description());
        w.leaf("instruction", info.instruction());
        w.leaf("web", info.web());
        w.leaf("contact", info.contact());
        w.pairs("parameter", info.parameters());
        for (Resource r : info.resources()) {
            Elements rw = w.open("resource");
            rw.leaf("resourceDesc", r.resourceDesc());
            rw.leaf("mimeType", r.mimeType());
            rw.leaf("size", r.size() == null ? null : r.size().toString());
            rw.leaf("uri", r.uri());
            rw.leaf("derefUri", r.derefUri());
            rw.leaf("digest", r.digest());
            rw.close();
        }
        for (Area a : info.areas()) {
            Elements aw = w.open("area");
            aw.leaf("areaDesc", a.areaDesc());
            aw.leaves("polygon", a.polygons());
            aw.leaves("circle", a.circles());
            aw.pairs("geocode", a.geocodes());
            aw.leaf("altitude", a.altitude());
            aw.leaf("ceiling", a.ceiling());
            aw.close();
        }
        w.close();
    }

    /** Writes children of one open element, indented by depth. */
    private record Elements(XMLStreamWriter xml, String namespace, int depth) {

        void leaf(String name, String value) throws XMLStreamException {
            if (value == null) {
                return;
            }
            indent(depth);
            xml.writeStartElement(namespace, name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        void leaves(String name, List<String> values) throws XMLStreamException {
            for (String value : values) {
                leaf(name, value);
            }
        }

        void pairs(String name, List<NameValue> pairs) throws XMLStreamException {
            for (NameValue pair : pairs) {
                Elements w = open(name);
                w.leaf("valueName", pair.valueName());
                w.leaf("value", pair.value());
                w.close();
            }
        }

        Elements open(String name) throws XMLStreamException {
            indent(depth);
            xml.writeStartElement(namespace, name);
            return new Elements(xml, namespace, depth + 1);
        }

        void close() throws XMLStreamException {
            indent(depth - 1);
            xml.writeEndElement();
        }

        private void indent(int level) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(level));
        }
    }
}
