package org.anlan.vessel.ais;

import java.util.Map;

/** Types 1-3 (class A), 9 (SAR aircraft), 18 and 19 (class B) and 27 (long range). */
final class PositionReports {

    private PositionReports() {
    }

    static void classA(SixBitPayload bits, Map<String, Object> fields) {
        int status = (int) bits.unsigned(38, 4);
        Scaling.putVocabulary(fields, "status", status, Vocabularies.navigationStatus(status));
        fields.put("turn", Scaling.turn((int) bits.signed(42, 8)));
        fields.put("speed", Scaling.speedTenths((int) bits.unsigned(50, 10)));
        fields.put("accuracy", bits.flag(60));
        position(bits, 61, fields);
        fields.put("course", Scaling.tenths(bits.unsigned(116, 12)));
        fields.put("heading", (int) bits.unsigned(128, 9));
        fields.put("second", (int) bits.unsigned(137, 6));
        fields.put("maneuver", (int) bits.unsigned(143, 2));
        fields.put("raim", bits.flag(148));
        fields.put("radio", bits.unsigned(149, 19));
    }

    static void sarAircraft(SixBitPayload bits, Map<String, Object> fields) {
        int altitude = (int) bits.unsigned(38, 12);
        fields.put("alt", altitude == 4095 ? Scaling.NOT_AVAILABLE : altitude == 4094 ? "high" : altitude);
        int speed = (int) bits.unsigned(50, 10);
        fields.put("speed", speed == 1023 ? Scaling.NOT_AVAILABLE : speed == 1022 ? "fast" : speed);
        fields.put("accuracy", bits.flag(60));
        position(bits, 61, fields);
        fields.put("course", Scaling.tenths(bits.unsigned(116, 12)));
        fields.put("second", (int) bits.unsigned(128, 6));
        fields.put("regional", (int) bits.unsigned(134, 8));
        fields.put("dte", (int) bits.unsigned(142, 1));
        fields.put("assigned", bits.flag(146));
        fields.put("raim", bits.flag(147));
        fields.put("radio", bits.unsigned(148, 20));
    }

    static void classB(SixBitPayload bits, Map<String, Object> fields) {
        classBKinematics(bits, fields);
        fields.put("regional", (int) bits.unsigned(139, 2));
        fields.put("cs", bits.flag(141));
        fields.put("display", bits.flag(142));
        fields.put("dsc", bits.flag(143));
        fields.put("band", bits.flag(144));
        fields.put("msg22", bits.flag(145));
        fields.put("assigned", bits.flag(146));
        fields.put("raim", bits.flag(147));
        fields.put("radio", bits.unsigned(148, 20));
    }

    static void extendedClassB(SixBitPayload bits, Map<String, Object> fields) {
        classBKinematics(bits, fields);
        fields.put("regional", (int) bits.unsigned(139, 4));
        fields.put("shipname", bits.text(143, 120));
        int shipType = (int) bits.unsigned(263, 8);
        Scaling.putVocabulary(fields, "shiptype", shipType, Vocabularies.shipType(shipType));
        StaticReports.dimensions(bits, 271, fields);
        int epfd = (int) bits.unsigned(301, 4);
        Scaling.putVocabulary(fields, "epfd", epfd, Vocabularies.epfd(epfd));
        fields.put("raim", bits.flag(305));
        fields.put("dte", (int) bits.unsigned(306, 1));
        fields.put("assigned", bits.flag(307));
    }

    static void longRange(SixBitPayload bits, Map<String, Object> fields) {
        fields.put("accuracy", bits.flag(38));
        fields.put("raim", bits.flag(39));
        int status = (int) bits.unsigned(40, 4);
        Scaling.putVocabulary(fields, "status", status, Vocabularies.navigationStatus(status));
        fields.put("lon", Scaling.degreesFromTenthMinutes(bits.signed(44, 18)));
        fields.put("lat", Scaling.degreesFromTenthMinutes(bits.signed(62, 17)));
        fields.put("speed", (int) bits.unsigned(79, 6));
        fields.put("course", (int) bits.unsigned(85, 9));
        fields.put("gnss", bits.flag(94));
    }

    private static void classBKinematics(SixBitPayload bits, Map<String, Object> fields) {
        fields.put("reserved", (int) bits.unsigned(38, 8));
        fields.put("speed", Scaling.speedTenths((int) bits.unsigned(46, 10)));
        fields.put("accuracy", bits.flag(56));
        position(bits, 57, fields);
        fields.put("course", Scaling.tenths(bits.unsigned(112, 12)));
        fields.put("heading", (int) bits.unsigned(124, 9));
        fields.put("second", (int) bits.unsigned(133, 6));
    }

    /** Longitude (28 bits) then latitude (27 bits) in 1/10000 minute. */
    static void position(SixBitPayload bits, int start, Map<String, Object> fields) {
        fields.put("lon", Scaling.degreesFromTenThousandthMinutes(bits.signed(start, 28)));
        fields.put("lat", Scaling.degreesFromTenThousandthMinutes(bits.signed(start + 28, 27)));
    }
}
