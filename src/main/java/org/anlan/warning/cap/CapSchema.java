package org.anlan.warning.cap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The element structure of CAP 1.1 and 1.2, written from the OASIS schemas (cap11.xsd, cap12.xsd): each complex
 * element is a sequence of child rules with occurrence bounds, each leaf a value rule. The differences that
 * matter: 1.2 restricts date-times to {@code YYYY-MM-DDThh:mm:ss±hh:mm}, adds the responseTypes Avoid and AllClear,
 * makes {@code resource/mimeType} required, types {@code altitude}/{@code ceiling} as decimals and allows an
 * XML signature after the infos.
 */
final class CapSchema {

    static final int UNBOUNDED = Integer.MAX_VALUE;
    static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

    sealed interface Value permits Text, Choice, Matching {
        /** Null when the text is acceptable, otherwise the reason. */
        String check(String text);
    }

    record Text() implements Value {
        public String check(String text) {
            return null;
        }
    }

    record Choice(Set<String> allowed, List<String> ordered) implements Value {
        static Choice of(String... values) {
            return new Choice(Set.of(values), List.of(values));
        }

        public String check(String text) {
            return allowed.contains(text) ? null : "'" + shorten(text) + "' is not one of " + String.join(", ", ordered);
        }
    }

    record Matching(Pattern pattern, String expected, boolean collapse) implements Value {
        public String check(String text) {
            String value = collapse ? text.strip() : text;
            return pattern.matcher(value).matches() ? null : "'" + shorten(text) + "' is not " + expected;
        }
    }

    record Rule(String name, int min, int max, Value value, List<Rule> children) {
        boolean complex() {
            return children != null;
        }

        boolean required() {
            return min > 0;
        }
    }

    private static final String DATE = "-?\\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])";
    private static final String TIME = "(([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(\\.\\d+)?|24:00:00(\\.0+)?)";
    private static final Value DATE_TIME_1_1 = new Matching(Pattern.compile(DATE + "T" + TIME + "(Z|[+-]\\d\\d:\\d\\d)?"),
            "an xs:dateTime", true);
    private static final Value DATE_TIME_1_2 = new Matching(Pattern.compile(
            "\\d\\d\\d\\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d[-,+]\\d\\d:\\d\\d"),
            "a CAP 1.2 date-time (YYYY-MM-DDThh:mm:ss+hh:mm, no fractions, no Z)", true);
    private static final Value LANGUAGE = new Matching(Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"),
            "a language tag (xs:language)", true);
    private static final Value DECIMAL = new Matching(Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)"), "a decimal", true);
    private static final Value INTEGER = new Matching(Pattern.compile("[+-]?\\d+"), "an integer", true);
    private static final Value TEXT = new Text();

    private static final Value STATUS = Choice.of("Actual", "Exercise", "System", "Test", "Draft");
    private static final Value MSG_TYPE = Choice.of("Alert", "Update", "Cancel", "Ack", "Error");
    private static final Value SCOPE = Choice.of("Public", "Restricted", "Private");
    private static final Value CATEGORY = Choice.of("Geo", "Met", "Safety", "Security", "Rescue", "Fire", "Health",
            "Env", "Transport", "Infra", "CBRNE", "Other");
    private static final Value RESPONSE_1_1 = Choice.of("Shelter", "Evacuate", "Prepare", "Execute", "Monitor",
            "Assess", "None");
    private static final Value RESPONSE_1_2 = Choice.of("Shelter", "Evacuate", "Prepare", "Execute", "Avoid",
            "Monitor", "Assess", "AllClear", "None");
    private static final Value URGENCY = Choice.of("Immediate", "Expected", "Future", "Past", "Unknown");
    private static final Value SEVERITY = Choice.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    private static final Value CERTAINTY_1_1 = Choice.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

    private CapSchema() {
    }

    static Rule alert(CapVersion version) {
        boolean v12 = version == CapVersion.V1_2;
        Value dateTime = v12 ? DATE_TIME_1_2 : DATE_TIME_1_1;
        List<Rule> nameValue = List.of(leaf("valueName", 1, 1, TEXT), leaf("value", 1, 1, TEXT));
        Rule resource = complex("resource", 0, UNBOUNDED, List.of(
                leaf("resourceDesc", 1, 1, TEXT),
                leaf("mimeType", v12 ? 1 : 0, 1, TEXT),
                leaf("size", 0, 1, INTEGER),
                leaf("uri", 0, 1, TEXT),
                leaf("derefUri", 0, 1, TEXT),
                leaf("digest", 0, 1, TEXT)));
        Rule area = complex("area", 0, UNBOUNDED, List.of(
                leaf("areaDesc", 1, 1, TEXT),
                leaf("polygon", 0, UNBOUNDED, TEXT),
                leaf("circle", 0, UNBOUNDED, TEXT),
                complex("geocode", 0, UNBOUNDED, nameValue),
                leaf("altitude", 0, 1, v12 ? DECIMAL : TEXT),
                leaf("ceiling", 0, 1, v12 ? DECIMAL : TEXT)));
        Rule info = complex("info", 0, UNBOUNDED, List.of(
                leaf("language", 0, 1, LANGUAGE),
                leaf("category", 1, UNBOUNDED, CATEGORY),
                leaf("event", 1, 1, TEXT),
                leaf("responseType", 0, UNBOUNDED, v12 ? RESPONSE_1_2 : RESPONSE_1_1),
                leaf("urgency", 1, 1, URGENCY),
                leaf("severity", 1, 1, SEVERITY),
                leaf("certainty", 1, 1, CERTAINTY_1_1),
                leaf("audience", 0, 1, TEXT),
                complex("eventCode", 0, UNBOUNDED, nameValue),
                leaf("effective", 0, 1, dateTime),
                leaf("onset", 0, 1, dateTime),
                leaf("expires", 0, 1, dateTime),
                leaf("senderName", 0, 1, TEXT),
                leaf("headline", 0, 1, TEXT),
                leaf("description", 0, 1, TEXT),
                leaf("instruction", 0, 1, TEXT),
                leaf("web", 0, 1, TEXT),
                leaf("contact", 0, 1, TEXT),
                complex("parameter", 0, UNBOUNDED, nameValue),
                resource,
                area));
        List<Rule> alert = new ArrayList<>(List.of(
                leaf("identifier", 1, 1, TEXT),
                leaf("sender", 1, 1, TEXT),
                leaf("sent", 1, 1, dateTime),
                leaf("status", 1, 1, STATUS),
                leaf("msgType", 1, 1, MSG_TYPE),
                leaf("source", 0, 1, TEXT),
                leaf("scope", 1, 1, SCOPE),
                leaf("restriction", 0, 1, TEXT),
                leaf("addresses", 0, 1, TEXT),
                leaf("code", 0, UNBOUNDED, TEXT),
                leaf("note", 0, 1, TEXT),
                leaf("references", 0, 1, TEXT),
                leaf("incidents", 0, 1, TEXT),
                info));
        return complex("alert", 1, 1, alert);
    }

    private static Rule leaf(String name, int min, int max, Value value) {
        return new Rule(name, min, max, value, null);
    }

    private static Rule complex(String name, int min, int max, List<Rule> children) {
        return new Rule(name, min, max, null, children);
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
