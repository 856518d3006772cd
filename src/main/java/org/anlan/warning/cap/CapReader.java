package org.anlan.warning.cap;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.anlan.warning.cap.CapAlert.Area;
import org.anlan.warning.cap.CapAlert.Info;
import org.anlan.warning.cap.CapAlert.NameValue;
import org.anlan.warning.cap.CapAlert.Resource;

/** Turns a structurally valid document into a {@link CapAlert}; impossible dates become problems. */
final class CapReader {

    private final List<CapProblem> problems;

    private CapReader(List<CapProblem> problems) {
        this.problems = problems;
    }

    static CapAlert toAlert(XmlElement root, CapVersion version, List<CapProblem> problems) {
        return new CapReader(problems).alert(root, version);
    }

    private CapAlert alert(XmlElement root, CapVersion version) {
        List<String> codes = new ArrayList<>();
        List<Info> infos = new ArrayList<>();
        for (XmlElement child : root.children()) {
            if (child.name().equals("code")) {
                codes.add(child.text());
            } else if (child.name().equals("info")) {
                infos.add(info(child));
            }
        }
        return new CapAlert(version, text(root, "identifier"), text(root, "sender"), dateTime(root, "sent"),
                text(root, "status"), text(root, "msgType"), text(root, "source"), text(root, "scope"),
                text(root, "restriction"), text(root, "addresses"), codes, text(root, "note"),
                text(root, "references"), text(root, "incidents"), infos);
    }

    private Info info(XmlElement info) {
        return new Info(text(info, "language"), all(info, "category"), text(info, "event"), all(info, "responseType"),
                text(info, "urgency"), text(info, "severity"), text(info, "certainty"), text(info, "audience"),
                pairs(info, "eventCode"), dateTime(info, "effective"), dateTime(info, "onset"),
                dateTime(info, "expires"), text(info, "senderName"), text(info, "headline"),
                text(info, "description"), text(info, "instruction"), text(info, "web"), text(info, "contact"),
                pairs(info, "parameter"), resources(info), areas(info));
    }

    private static List<Resource> resources(XmlElement info) {
        return info.children().stream().filter(e -> e.name().equals("resource")).map(r -> new Resource(
                text(r, "resourceDesc"), text(r, "mimeType"), size(text(r, "size")), text(r, "uri"),
                text(r, "derefUri"), text(r, "digest"))).toList();
    }

    private static Long size(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Area> areas(XmlElement info) {
        return info.children().stream().filter(e -> e.name().equals("area")).map(a -> new Area(
                text(a, "areaDesc"), all(a, "polygon"), all(a, "circle"), pairs(a, "geocode"), text(a, "altitude"),
                text(a, "ceiling"))).toList();
    }

    private static String text(XmlElement parent, String name) {
        return parent.children().stream().filter(e -> e.name().equals(name)).map(XmlElement::text).findFirst()
                .orElse(null);
    }

    private static List<String> all(XmlElement parent, String name) {
        return parent.children().stream().filter(e -> e.name().equals(name)).map(XmlElement::text).toList();
    }

    private static List<NameValue> pairs(XmlElement parent, String name) {
        return parent.children().stream().filter(e -> e.name().equals(name))
                .map(e -> new NameValue(text(e, "valueName"), text(e, "value"))).toList();
    }

    private OffsetDateTime dateTime(XmlElement parent, String name) {
        for (XmlElement e : parent.children()) {
            if (e.name().equals(name)) {
                String value = e.text().strip();
                try {
                    return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                } catch (DateTimeParseException withoutOffset) {
                    try {
                        // CAP 1.1 admits a date-time without zone; CAP says times carry one, so read it as UTC
                        return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
                    } catch (DateTimeParseException e2) {
                        problems.add(new CapProblem(e.path(), "'" + CapSchema.shorten(value) + "' is not a real date-time"));
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
