package org.anlan.warning.cap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.anlan.warning.cap.CapSchema.Rule;

/**
 * Checks a read document against {@link CapSchema} (what the OASIS XSD checks: namespace, element order,
 * occurrences, enumerations, date-time forms) and against the rules of the CAP specification text that a schema
 * cannot express (identifier characters, polygon closure, circle form, addresses of private messages).
 */
final class CapValidator {

    private static final Pattern FORBIDDEN_ID_CHARS = Pattern.compile("[\\s,<&]");
    private static final Pattern CIRCLE = Pattern.compile("\\s*[-+]?\\d+(\\.\\d+)?,\\s*[-+]?\\d+(\\.\\d+)?\\s+\\d+(\\.\\d+)?\\s*");

    private CapValidator() {
    }

    /** The version of a document by its root's namespace, or the problem that it is not CAP 1.1/1.2. */
    static CapVersion versionOf(XmlElement root, List<CapProblem> problems) {
        if (!root.name().equals("alert")) {
            problems.add(new CapProblem(root.path(), "root element must be alert, found " + root.name()));
            return null;
        }
        return CapVersion.byNamespace(root.namespace()).orElseGet(() -> {
            problems.add(new CapProblem(root.path(), root.namespace().isEmpty()
                    ? "no CAP namespace (expected urn:oasis:names:tc:emergency:cap:1.2 or :1.1)"
                    : "unsupported namespace " + root.namespace() + " (expected CAP 1.1 or 1.2)"));
            return null;
        });
    }

    static List<CapProblem> validate(XmlElement root) {
        List<CapProblem> problems = new ArrayList<>();
        CapVersion version = versionOf(root, problems);
        if (version == null) {
            return problems;
        }
        checkElement(root, CapSchema.alert(version), version, problems);
        if (problems.isEmpty()) {
            checkSpecificationRules(root, problems);
        }
        return problems;
    }

    private static void checkElement(XmlElement element, Rule rule, CapVersion version, List<CapProblem> problems) {
        for (String attribute : element.attributes()) {
            problems.add(new CapProblem(element.path(), "attribute " + attribute + " not allowed"));
        }
        if (!rule.complex()) {
            if (!element.children().isEmpty()) {
                problems.add(new CapProblem(element.path(), "must hold text only, found element " + element.children().get(0).name()));
                return;
            }
            String reason = rule.value().check(element.text());
            if (reason != null) {
                problems.add(new CapProblem(element.path(), reason));
            }
            return;
        }
        if (element.hasText()) {
            problems.add(new CapProblem(element.path(), "text not allowed between elements: '"
                    + CapSchema.shorten(element.text().strip()) + "'"));
        }
        checkSequence(element, rule.children(), version, problems);
    }

    /** Walks the children in order against the sequence of rules, as an XSD sequence does. */
    private static void checkSequence(XmlElement parent, List<Rule> rules, CapVersion version, List<CapProblem> problems) {
        int position = 0;
        Map<String, Integer> counts = new HashMap<>();
        boolean signatureSeen = false;
        for (XmlElement child : parent.children()) {
            if (allowedSignature(parent, child, version)) {
                signatureSeen = true;
                continue;
            }
            if (!child.namespace().equals(version.namespace())) {
                problems.add(new CapProblem(child.path(), "element " + child.name() + " in namespace '" + child.namespace()
                        + "' not allowed (CAP elements are in " + version.namespace() + ")"));
                continue;
            }
            if (signatureSeen) {
                problems.add(new CapProblem(child.path(), "element " + child.name() + " not allowed after the signature"));
                continue;
            }
            int found = indexOf(rules, child.name(), position);
            if (found < 0) {
                boolean earlier = indexOf(rules, child.name(), 0) >= 0;
                problems.add(new CapProblem(child.path(), earlier
                        ? "element " + child.name() + " out of order (belongs before " + rules.get(position).name() + ")"
                        : "unexpected element " + child.name()));
                continue;
            }
            for (int skipped = position; skipped < found; skipped++) {
                requireCount(parent, rules.get(skipped), counts, problems);
            }
            position = found;
            Rule rule = rules.get(found);
            int count = counts.merge(rule.name(), 1, Integer::sum);
            if (count > rule.max()) {
                problems.add(new CapProblem(child.path(), "element " + rule.name() + " may occur only "
                        + (rule.max() == 1 ? "once" : rule.max() + " times")));
                continue;
            }
            checkElement(child, rule, version, problems);
        }
        for (int rest = position; rest < rules.size(); rest++) {
            requireCount(parent, rules.get(rest), counts, problems);
        }
    }

    private static boolean allowedSignature(XmlElement parent, XmlElement child, CapVersion version) {
        return version == CapVersion.V1_2 && parent.name().equals("alert") && CapSchema.XMLDSIG.equals(child.namespace());
    }

    private static int indexOf(List<Rule> rules, String name, int from) {
        for (int i = from; i < rules.size(); i++) {
            if (rules.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireCount(XmlElement parent, Rule rule, Map<String, Integer> counts, List<CapProblem> problems) {
        if (counts.getOrDefault(rule.name(), 0) < rule.min()) {
            problems.add(new CapProblem(parent.path() + "/" + rule.name(), "missing required element " + rule.name()));
            counts.put(rule.name(), rule.min());
        }
    }

    private static void checkSpecificationRules(XmlElement alert, List<CapProblem> problems) {
        String scope = "";
        boolean hasAddresses = false;
        for (XmlElement child : alert.children()) {
            switch (child.name()) {
                case "identifier", "sender" -> {
                    if (child.text().isEmpty()) {
                        problems.add(new CapProblem(child.path(), child.name() + " must not be empty"));
                    } else if (FORBIDDEN_ID_CHARS.matcher(child.text()).find()) {
                        problems.add(new CapProblem(child.path(), child.name() + " must not contain spaces, commas, < or &"));
                    }
                }
                case "scope" -> scope = child.text();
                case "addresses" -> hasAddresses = child.hasText();
                case "info" -> child.children().stream().filter(e -> e.name().equals("area"))
                        .forEach(area -> checkArea(area, problems));
                default -> {
                    // no further rule
                }
            }
        }
        if (scope.equals("Private") && !hasAddresses) {
            problems.add(new CapProblem(alert.path() + "/addresses", "missing required element addresses (scope is Private)"));
        }
    }

    private static void checkArea(XmlElement area, List<CapProblem> problems) {
        for (XmlElement child : area.children()) {
            if (child.name().equals("polygon")) {
                String reason = CapGeometry.polygonProblem(child.text());
                if (reason != null) {
                    problems.add(new CapProblem(child.path(), reason));
                }
            } else if (child.name().equals("circle") && !CIRCLE.matcher(child.text()).matches()) {
                problems.add(new CapProblem(child.path(), "circle must be 'lat,lon radiusKm'"));
            }
        }
    }
}
