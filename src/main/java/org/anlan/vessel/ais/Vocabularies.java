package org.anlan.vessel.ais;

import java.util.List;

/** The controlled vocabularies of AIVDM.adoc, dumped by gpsd as {@code <field>_text} beside the number. */
final class Vocabularies {

    private static final List<String> NAVIGATION_STATUS = List.of(
            "Under way using engine", "At anchor", "Not under command", "Restricted manoeuverability",
            "Constrained by her draught", "Moored", "Aground", "Engaged in Fishing", "Under way sailing",
            "Reserved for future amendment of Navigational Status for HSC",
            "Reserved for future amendment of Navigational Status for WIG",
            "Power-driven vessel towing astern (regional use)",
            "Power-driven vessel pushing ahead or towing alongside (regional use)",
            "Reserved for future use", "AIS-SART is active", "Undefined (default)");

    private static final List<String> EPFD = List.of(
            "Undefined (default)", "GPS", "GLONASS", "Combined GPS/GLONASS", "Loran-C", "Chayka",
            "Integrated navigation system", "Surveyed", "Galileo", "Reserved", "Reserved", "Reserved", "Reserved",
            "Reserved", "Reserved", "Internal GNSS");

    private static final List<String> AID_TYPE = List.of(
            "Default, Type of Aid to Navigation not specified", "Reference point",
            "RACON (radar transponder marking a navigation hazard)", "Fixed structure off shore",
            "Spare, Reserved for future use.", "Light, without sectors", "Light, with sectors",
            "Leading Light Front", "Leading Light Rear", "Beacon, Cardinal N", "Beacon, Cardinal E",
            "Beacon, Cardinal S", "Beacon, Cardinal W", "Beacon, Port hand", "Beacon, Starboard hand",
            "Beacon, Preferred Channel port hand", "Beacon, Preferred Channel starboard hand",
            "Beacon, Isolated danger", "Beacon, Safe water", "Beacon, Special mark", "Cardinal Mark N",
            "Cardinal Mark E", "Cardinal Mark S", "Cardinal Mark W", "Port hand Mark", "Starboard hand Mark",
            "Preferred Channel Port hand", "Preferred Channel Starboard hand", "Isolated danger", "Safe Water",
            "Special Mark", "Light Vessel / LANBY / Rigs");

    private static final List<String> SHIP_TYPE_TENS = List.of("", "", "Wing in ground (WIG)", "",
            "High speed craft (HSC)", "", "Passenger", "Cargo", "Tanker", "Other Type");

    private static final List<String> SHIP_TYPE_30S = List.of("Fishing", "Towing",
            "Towing: length exceeds 200m or breadth exceeds 25m", "Dredging or underwater ops", "Diving ops",
            "Military ops", "Sailing", "Pleasure Craft", "Reserved", "Reserved");

    private static final List<String> SHIP_TYPE_50S = List.of("Pilot Vessel", "Search and Rescue vessel", "Tug",
            "Port Tender", "Anti-pollution equipment", "Law Enforcement", "Spare - Local Vessel",
            "Spare - Local Vessel", "Medical Transport", "Noncombatant ship according to RR Resolution No. 18");

    private static final List<String> HAZARD_SUFFIX = List.of("all ships of this type", "Hazardous category A",
            "Hazardous category B", "Hazardous category C", "Hazardous category D", "Reserved for future use",
            "Reserved for future use", "Reserved for future use", "Reserved for future use",
            "No additional information");

    private Vocabularies() {
    }

    static String navigationStatus(int code) {
        return NAVIGATION_STATUS.get(code & 15);
    }

    static String epfd(int code) {
        return EPFD.get(code & 15);
    }

    static String aidType(int code) {
        return AID_TYPE.get(code & 31);
    }

    static String shipType(int code) {
        if (code <= 0 || code > 99) {
            return "Not available";
        }
        if (code < 20) {
            return "Reserved for future use";
        }
        int tens = code / 10;
        int units = code % 10;
        return switch (tens) {
            case 3 -> SHIP_TYPE_30S.get(units);
            case 5 -> SHIP_TYPE_50S.get(units);
            case 2 -> units <= 4 ? SHIP_TYPE_TENS.get(2) + ", " + HAZARD_SUFFIX.get(units)
                    : SHIP_TYPE_TENS.get(2) + ", Reserved for future use";
            default -> SHIP_TYPE_TENS.get(tens) + ", " + (tens == 9 && units == 9
                    ? "no additional information" : HAZARD_SUFFIX.get(units));
        };
    }
}
