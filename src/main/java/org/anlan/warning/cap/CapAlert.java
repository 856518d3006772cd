package org.anlan.warning.cap;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A CAP alert message as read or to be written. Date-times keep their offset (GB/T 35965.1 uses Beijing time,
 * +08:00). Optional elements are null (single) or empty lists (repeated).
 */
public record CapAlert(CapVersion version, String identifier, String sender, OffsetDateTime sent, String status,
                       String msgType, String source, String scope, String restriction, String addresses,
                       List<String> codes, String note, String references, String incidents, List<Info> infos) {

    public CapAlert {
        Objects.requireNonNull(version, "version");
        codes = List.copyOf(codes);
        infos = List.copyOf(infos);
    }

    /** A name/value pair (eventCode, parameter, geocode). */
    public record NameValue(String valueName, String value) {
    }

    public record Info(String language, List<String> categories, String event, List<String> responseTypes,
                       String urgency, String severity, String certainty, String audience, List<NameValue> eventCodes,
                       OffsetDateTime effective, OffsetDateTime onset, OffsetDateTime expires, String senderName,
                       String headline, String description, String instruction, String web, String contact,
                       List<NameValue> parameters, List<Resource> resources, List<Area> areas) {

        public Info {
            categories = List.copyOf(categories);
            responseTypes = List.copyOf(responseTypes);
            eventCodes = List.copyOf(eventCodes);
            parameters = List.copyOf(parameters);
            resources = List.copyOf(resources);
            areas = List.copyOf(areas);
        }

        /** The value of the first parameter (or event code) with this name, null when absent. */
        public String parameter(String name) {
            return first(parameters, name);
        }

        public String eventCode(String name) {
            return first(eventCodes, name);
        }

        private static String first(List<NameValue> pairs, String name) {
            return pairs.stream().filter(p -> p.valueName().equals(name)).map(NameValue::value).findFirst().orElse(null);
        }
    }

    public record Resource(String resourceDesc, String mimeType, Long size, String uri, String derefUri, String digest) {
    }

    public record Area(String areaDesc, List<String> polygons, List<String> circles, List<NameValue> geocodes,
                       String altitude, String ceiling) {

        public Area {
            polygons = List.copyOf(polygons);
            circles = List.copyOf(circles);
            geocodes = List.copyOf(geocodes);
        }
    }
}
