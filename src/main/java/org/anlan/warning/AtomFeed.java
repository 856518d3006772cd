package org.anlan.warning;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.anlan.warning.cap.CapAlert;
import org.anlan.warning.cap.CapWriter;

/** The public Atom feed of active warnings; each entry embeds its CAP 1.2 alert as the content. */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(List<CapAlert> alerts, String baseUrl, Instant now, String senderName) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:anlan:warnings:330225");
            element(xml, "title", senderName + " 预警信息");
            element(xml, "updated", CapWriter.format(CapProfile.beijing(alerts.stream().map(a -> a.sent().toInstant())
                    .max(Instant::compareTo).orElse(now))));
            xml.writeStartElement(ATOM, "author");
            element(xml, "name", senderName);
            xml.writeEndElement();
            for (CapAlert alert : alerts) {
                CapAlert.Info info = alert.infos().get(0);
                String warningId = info.parameter(WarningCap.PARAM_WARNING_ID);
                xml.writeStartElement(ATOM, "entry");
                element(xml, "id", "urn:cap:" + alert.identifier());
                element(xml, "title", info.headline() == null ? info.event() : info.headline());
                element(xml, "updated", CapWriter.format(alert.sent()));
                xml.writeEmptyElement(ATOM, "link");
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("type", "application/cap+xml");
                xml.writeAttribute("href", baseUrl + "/api/warnings/" + warningId + "/cap");
                element(xml, "summary", info.instruction() == null ? info.event() : info.instruction());
                xml.writeStartElement(ATOM, "content");
                xml.writeAttribute("type", "application/cap+xml");
                xml.writeCharacters("");
                xml.flush();
                String cap = CapWriter.write(alert);
                out.write(cap.substring(cap.indexOf("<alert")));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(ATOM, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
