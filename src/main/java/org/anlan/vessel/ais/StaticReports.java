package org.anlan.vessel.ais;

import java.util.Map;

/** Type 5 (static and voyage data) and type 24 (class B static data, one part at a time). */
final class StaticReports {

    private StaticReports() {
    }

    static void staticAndVoyage(SixBitPayload bits, Map<String, Object> fields) {
        fields.put("ais_version", (int) bits.unsigned(38, 2));
        fields.put("imo", bits.unsigned(40, 30));
        fields.put("callsign", bits.text(70, 42));
        fields.put("shipname", bits.text(112, 120));
        int shipType = (int) bits.unsigned(232, 8);
        Scaling.putVocabulary(fields, "shiptype", shipType, Vocabularies.shipType(shipType));
        dimensions(bits, 240, fields);
        int epfd = (int) bits.unsigned(270, 4);
        Scaling.putVocabulary(fields, "epfd", epfd, Vocabularies.epfd(epfd));
        fields.put("eta", String.format("%02d-%02dT%02d:%02dZ", bits.unsigned(274, 4), bits.unsigned(278, 5),
                bits.unsigned(283, 5), bits.unsigned(288, 6)));
        fields.put("draught", Scaling.tenths(bits.unsigned(294, 8)));
        // Type 5 is often 420 or 422 bits in the wild: the destination is cut to the bits present.
        fields.put("destination", bits.text(302, 120));
        fields.put("dte", (int) bits.unsigned(422, 1));
    }

    static void staticDataPart(SixBitPayload bits, Map<String, Object> fields) {
        int part = (int) bits.unsigned(38, 2);
        fields.put("partno", part);
        if (part == 0) {
            fields.put("shipname", bits.text(40, 120));
            return;
        }
        int shipType = (int) bits.unsigned(40, 8);
        Scaling.putVocabulary(fields, "shiptype", shipType, Vocabularies.shipType(shipType));
        fields.put("vendorid", bits.text(48, 18));
        fields.put("model", (int) bits.unsigned(66, 4));
        fields.put("serial", bits.unsigned(70, 20));
        fields.put("callsign", bits.text(90, 42));
        if (auxiliaryCraft((Long) fields.get("mmsi"))) {
            fields.put("mothership_mmsi", bits.unsigned(132, 30));
        } else {
            dimensions(bits, 132, fields);
        }
    }

    /** Bow and stern 9 bits each, port and starboard 6 bits each. */
    static void dimensions(SixBitPayload bits, int start, Map<String, Object> fields) {
        fields.put("to_bow", (int) bits.unsigned(start, 9));
        fields.put("to_stern", (int) bits.unsigned(start + 9, 9));
        fields.put("to_port", (int) bits.unsigned(start + 18, 6));
        fields.put("to_starboard", (int) bits.unsigned(start + 24, 6));
    }

    /** 98MIDXXXX: an auxiliary craft, whose part B carries the mother ship's MMSI instead of dimensions. */
    private static boolean auxiliaryCraft(long mmsi) {
        return mmsi / 10_000_000 == 98;
    }
}
