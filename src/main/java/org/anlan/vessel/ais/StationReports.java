package org.anlan.vessel.ais;

import java.util.Map;

/** Type 4 (base station) and type 21 (aid to navigation). */
final class StationReports {

    private StationReports() {
    }

    static void baseStation(SixBitPayload bits, Map<String, Object> fields) {
        fields.put("timestamp", String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", bits.unsigned(38, 14),
                bits.unsigned(52, 4), bits.unsigned(56, 5), bits.unsigned(61, 5), bits.unsigned(66, 6),
                bits.unsigned(72, 6)));
        fields.put("accuracy", bits.flag(78));
        PositionReports.position(bits, 79, fields);
        int epfd = (int) bits.unsigned(134, 4);
        Scaling.putVocabulary(fields, "epfd", epfd, Vocabularies.epfd(epfd));
        fields.put("raim", bits.flag(148));
        fields.put("radio", bits.unsigned(149, 19));
    }

    static void aidToNavigation(SixBitPayload bits, Map<String, Object> fields) {
        int aidType = (int) bits.unsigned(38, 5);
        Scaling.putVocabulary(fields, "aid_type", aidType, Vocabularies.aidType(aidType));
        String name = bits.text(43, 120);
        // The extension only continues a name that filled all 20 characters; whole characters up to 14.
        int extensionBits = Math.min(bits.bitLength() - 272, 84) / 6 * 6;
        if (name.length() == 20 && extensionBits > 0) {
            name = name + bits.text(272, extensionBits);
        }
        fields.put("name", name);
        fields.put("accuracy", bits.flag(163));
        PositionReports.position(bits, 164, fields);
        StaticReports.dimensions(bits, 219, fields);
        int epfd = (int) bits.unsigned(249, 4);
        Scaling.putVocabulary(fields, "epfd", epfd, Vocabularies.epfd(epfd));
        fields.put("second", (int) bits.unsigned(253, 6));
        fields.put("off_position", bits.flag(259));
        fields.put("regional", (int) bits.unsigned(260, 8));
        fields.put("raim", bits.flag(268));
        fields.put("virtual_aid", bits.flag(269));
        fields.put("assigned", bits.flag(270));
    }
}
