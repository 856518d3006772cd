package org.anlan.vessel.ais;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Six-bit payload to gpsd JSON-AIS fields (AIVDM.adoc, "scaled" mode) for types 1-5, 9, 18, 19, 21, 24 and 27.
 * Payloads shorter than their type needs are rejected rather than read as zeros, as the adoc advises.
 */
public final class PayloadDecoder {

    private PayloadDecoder() {
    }

    public static PayloadDecode decode(SixBitPayload bits) {
        if (bits.bitLength() < 38) {
            return new PayloadDecode.Invalid(bits.bitLength() + " bits is too short for any message");
        }
        int type = (int) bits.unsigned(0, 6);
        int minimum = switch (type) {
            case 1, 2, 3, 4, 9, 18 -> 168;
            case 5 -> 420;
            case 19 -> 312;
            case 21 -> 272;
            case 24 -> bits.unsigned(38, 2) == 0 ? 160 : 168;
            case 27 -> 96;
            default -> -1;
        };
        if (minimum < 0) {
            return new PayloadDecode.Unsupported(type);
        }
        if (bits.bitLength() < minimum) {
            return new PayloadDecode.Invalid("type " + type + " needs " + minimum + " bits, got " + bits.bitLength());
        }
        Map<String, Object> fields = new LinkedHashMap<>(48);
        fields.put("class", "AIS");
        fields.put("type", type);
        fields.put("repeat", (int) bits.unsigned(6, 2));
        fields.put("mmsi", bits.unsigned(8, 30));
        fields.put("scaled", true);
        switch (type) {
            case 1, 2, 3 -> PositionReports.classA(bits, fields);
            case 4 -> StationReports.baseStation(bits, fields);
            case 5 -> StaticReports.staticAndVoyage(bits, fields);
            case 9 -> PositionReports.sarAircraft(bits, fields);
            case 18 -> PositionReports.classB(bits, fields);
            case 19 -> PositionReports.extendedClassB(bits, fields);
            case 21 -> StationReports.aidToNavigation(bits, fields);
            case 24 -> {
                if (bits.unsigned(38, 2) > 1) {
                    return new PayloadDecode.Invalid("type 24 part number " + bits.unsigned(38, 2));
                }
                StaticReports.staticDataPart(bits, fields);
            }
            default -> PositionReports.longRange(bits, fields);
        }
        return new PayloadDecode.Decoded(fields);
    }
}
