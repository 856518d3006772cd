package org.anlan.warning;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.anlan.warning.cap.CapAlert;
import org.anlan.warning.cap.CapAlert.Area;
import org.anlan.warning.cap.CapAlert.Info;
import org.anlan.warning.cap.CapAlert.NameValue;
import org.anlan.warning.cap.CapProblem;
import org.anlan.warning.cap.CapVersion;
import org.anlan.warning.cap.GbEventTypes;

/**
 * Warnings as CAP 1.2 with the GB/T 35965.1 profile, and CAP messages from outside as warning content.
 *
 * <p>GB/T 35965.1's own message form (sendTime, senderCode and colour severity as elements) is not valid OASIS CAP,
 * so the export keeps every OASIS element standard and carries the Chinese fields where CAP has room for them:
 * the eventType as an {@code eventCode}, the colour and the senderCode as {@code parameter}s, 12-digit GB/T 2260
 * division codes as {@code geocode}s, Beijing time (+08:00) in every date-time, the GB identifier rule, a
 * {@code code} naming the profile and the EW-06 headline. Anlan's own fields (villages, decision support) travel as
 * {@code anlan:} parameters so that an exported warning imports without loss.
 */
final class WarningCap {

    static final String PARAM_WARNING_ID = "anlan:warningId";
    static final String PARAM_VERSION = "anlan:version";
    static final String PARAM_VILLAGE = "anlan:village";
    static final String PARAM_DECISION_SUPPORT = "anlan:decisionSupport";
    static final String DECISION_SUPPORT_NOTE = "研判/辅助决策：本预警级别由象山县监测阈值计算得出，不是气象台站发布的预警信号。";
    private static final String COUNTY_CODE = "330225";

    /** What an outside CAP message says, as warning content, or why it cannot become a warning. */
    record Imported(CapAlert alert, WarningContent content, boolean decisionSupport, List<String> referencedIdentifiers,
                    List<CapProblem> problems) {
    }

    private WarningCap() {
    }

    static CapAlert toCap(Warning warning, CapProfile profile, Map<String, String> townshipNames) {
        WarningContent c = warning.content();
        Instant sent = warning.lastIssuedAt() != null ? warning.lastIssuedAt() : warning.changedAt();
        String msgType = switch (warning.status()) {
            case CANCELLED -> "Cancel";
            case ISSUED, EXPIRED -> warning.version() > 1 ? "Update" : "Alert";
            default -> "Alert";
        };
        String references = msgType.equals("Alert") || warning.previousIdentifier() == null ? null
                : profile.senderName() + "," + warning.previousIdentifier() + ","
                + org.anlan.warning.cap.CapWriter.format(CapProfile.beijing(warning.previousSent()));
        List<NameValue> parameters = new ArrayList<>();
        parameters.add(new NameValue(CapProfile.PARAM_SEVERITY, c.level().colour()));
        parameters.add(new NameValue(CapProfile.PARAM_SENDER_CODE, profile.senderCode()));
        parameters.add(new NameValue(PARAM_WARNING_ID, warning.id().toString()));
        parameters.add(new NameValue(PARAM_VERSION, Integer.toString(warning.version())));
        parameters.add(new NameValue(PARAM_DECISION_SUPPORT, Boolean.toString(warning.decisionSupport())));
        c.villages().forEach(v -> parameters.add(new NameValue(PARAM_VILLAGE, v)));
        List<Area> areas = new ArrayList<>();
        for (String code : c.townshipCodes()) {
            areas.add(new Area(townshipNames.getOrDefault(code, code), List.of(), List.of(),
                    List.of(new NameValue(CapProfile.GEOCODE, CapProfile.geocode(code))), null, null));
        }
        if (c.polygon() != null) {
            areas.add(new Area("预警区域", List.of(c.polygon()), List.of(), List.of(), null, null));
        }
        boolean draft = warning.status().open();
        Instant effective = warning.firstIssuedAt() != null ? sent : null;
        String urgency = c.onsetAt() != null && sent != null && c.onsetAt().isAfter(sent) ? "Expected" : "Immediate";
        Info info = new Info("zh-CN", List.of(c.hazard() == null ? "Met" : c.hazard().capCategory()), c.eventName(),
                List.of(responseType(c.level(), warning.status())), urgency, c.level().capSeverity(),
                warning.decisionSupport() ? "Likely" : "Observed", null,
                List.of(new NameValue(CapProfile.EVENT_TYPE, c.eventType())),
                CapProfile.beijing(effective), CapProfile.beijing(c.onsetAt()), CapProfile.beijing(c.expiresAt()),
                warning.official() && warning.sender() != null ? warning.sender() : profile.senderName(),
                c.headline(), c.description(), c.instruction(), null, null, parameters, List.of(), areas);
        return new CapAlert(CapVersion.V1_2, warning.identifier() != null ? warning.identifier()
                : draftIdentifier(profile, warning), profile.senderName(), CapProfile.beijing(sent),
                draft ? "Draft" : "Actual", msgType, null, "Public", null, null, List.of(CapProfile.PROFILE_CODE),
                warning.decisionSupport() ? DECISION_SUPPORT_NOTE : null, references, null, List.of(info));
    }

    /** A draft has no GB identifier yet; it is exported under its id so it can be looked at, never sent. */
    private static String draftIdentifier(CapProfile profile, Warning warning) {
        return profile.senderCode() + "_draft_" + warning.id();
    }

    private static String responseType(WarningLevel level, WarningStatus status) {
        if (status == WarningStatus.CANCELLED) {
            return "AllClear";
        }
        return switch (level) {
            case BLUE -> "Monitor";
            case YELLOW -> "Prepare";
            case ORANGE -> "Avoid";
            case RED -> "Shelter";
        };
    }

    static Imported fromCap(CapAlert alert, Map<String, String> townshipNames) {
        List<CapProblem> problems = new ArrayList<>();
        if (alert.infos().isEmpty()) {
            problems.add(new CapProblem("/alert/info", "missing required element info (a warning needs one)"));
            return new Imported(alert, null, false, List.of(), problems);
        }
        int index = chineseInfo(alert);
        Info info = alert.infos().get(index);
        String path = "/alert/info[" + (index + 1) + "]";
        String eventType = GbEventTypes.normalise(firstNonNull(info.eventCode(CapProfile.EVENT_TYPE),
                info.eventCode("eventType")));
        if (eventType == null) {
            eventType = GbEventTypes.NAMES_TO_CODES.get(info.event());
        }
        if (eventType == null) {
            problems.add(new CapProblem(path + "/eventCode", "no GB/T 35965.1 eventType and event '" + info.event()
                    + "' is not a known event name"));
        } else if (!GbEventTypes.headlineAgrees(eventType, info.headline())) {
            problems.add(new CapProblem(path + "/headline", "headline names a different event than eventType " + eventType));
        }
        WarningLevel level = WarningLevel.parse(info.parameter(CapProfile.PARAM_SEVERITY))
                .or(() -> WarningLevel.ofCapSeverity(info.severity())).orElse(null);
        if (level == null) {
            problems.add(new CapProblem(path + "/severity", "severity " + info.severity()
                    + " has no warning colour (Extreme/Severe/Moderate/Minor or a GB colour parameter is needed)"));
        }
        List<String> townships = townships(info, townshipNames);
        if (townships.isEmpty()) {
            problems.add(new CapProblem(path + "/area", "no area in Xiangshan county (330225): geocodes and area names matched no township"));
        }
        if (!problems.isEmpty()) {
            return new Imported(alert, null, false, List.of(), problems);
        }
        Hazard hazard = Hazard.byEventType(eventType).orElse(null);
        String eventName = GbEventTypes.name(eventType).orElse(info.event());
        String polygon = info.areas().stream().flatMap(a -> a.polygons().stream()).findFirst().orElse(null);
        List<String> villages = info.parameters().stream().filter(p -> p.valueName().equals(PARAM_VILLAGE))
                .map(NameValue::value).toList();
        var content = new WarningContent(hazard, eventType, eventName, level, townships, villages, polygon,
                info.headline(), info.description(), info.instruction(), instant(info.onset()), instant(info.expires()));
        boolean decisionSupport = Boolean.parseBoolean(info.parameter(PARAM_DECISION_SUPPORT));
        return new Imported(alert, content, decisionSupport, referencedIdentifiers(alert.references()), List.of());
    }

    private static int chineseInfo(CapAlert alert) {
        for (int i = 0; i < alert.infos().size(); i++) {
            String language = alert.infos().get(i).language();
            if (language != null && language.toLowerCase().startsWith("zh")) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> townships(Info info, Map<String, String> townshipNames) {
        Set<String> codes = new LinkedHashSet<>();
        for (Area area : info.areas()) {
            boolean matched = false;
            for (NameValue geocode : area.geocodes()) {
                String value = geocode.value() == null ? "" : geocode.value().strip();
                if (!value.startsWith(COUNTY_CODE)) {
                    continue;
                }
                String township = value.length() >= 9 ? value.substring(0, 9) : "";
                if (townshipNames.containsKey(township)) {
                    codes.add(township);
                    matched = true;
                } else if (value.substring(COUNTY_CODE.length()).chars().allMatch(ch -> ch == '0')) {
                    codes.addAll(townshipNames.keySet());
                    matched = true;
                }
            }
            if (!matched && area.areaDesc() != null) {
                townshipNames.forEach((code, name) -> {
                    if (area.areaDesc().contains(name)) {
                        codes.add(code);
                    }
                });
                if (area.areaDesc().contains("象山县")) {
                    codes.addAll(townshipNames.keySet());
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /** CAP references are {@code sender,identifier,sent} triples; GB/T 35965.1 messages give bare identifiers. */
    static List<String> referencedIdentifiers(String references) {
        if (references == null || references.isBlank()) {
            return List.of();
        }
        return Arrays.stream(references.strip().split("\\s+")).map(triple -> {
            String[] parts = triple.split(",");
            return parts.length >= 2 ? parts[1] : parts[0];
        }).toList();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
